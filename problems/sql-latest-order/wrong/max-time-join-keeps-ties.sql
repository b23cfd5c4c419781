-- mistake: joins each customer's MAX(created_at) back to orders with no tie-break, so two orders at the latest time both come out
SELECT c.name, o.id AS order_id, o.created_at
FROM orders o
JOIN customers c ON c.id = o.customer_id
JOIN (SELECT customer_id, MAX(created_at) AS latest FROM orders GROUP BY customer_id) m
  ON m.customer_id = o.customer_id AND m.latest = o.created_at
ORDER BY c.id;
