-- mistake: compares only the date part of created_at, so two orders on the same day are a tie and the larger id wins
SELECT c.name, o.id AS order_id, o.created_at
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.id = (
  SELECT o2.id FROM orders o2
  WHERE o2.customer_id = o.customer_id
  ORDER BY date(o2.created_at) DESC, o2.id DESC
  LIMIT 1
)
ORDER BY c.id;
