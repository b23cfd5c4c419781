-- mistake: LEFT JOINs from customers, so a customer without orders appears with NULLs
SELECT c.name, o.id AS order_id, o.created_at
FROM customers c
LEFT JOIN orders o ON o.id = (
  SELECT o2.id FROM orders o2
  WHERE o2.customer_id = c.id
  ORDER BY o2.created_at DESC, o2.id DESC
  LIMIT 1
)
ORDER BY c.id;
