-- mistake: breaks a tie on time with the smaller id instead of the larger
SELECT c.name, o.id AS order_id, o.created_at
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.id = (
  SELECT o2.id FROM orders o2
  WHERE o2.customer_id = o.customer_id
  ORDER BY o2.created_at DESC, o2.id ASC
  LIMIT 1
)
ORDER BY c.id;
