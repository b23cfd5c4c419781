-- mistake: takes the order with the largest id as the latest, but ids do not follow created_at
SELECT c.name, o.id AS order_id, o.created_at
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.id = (SELECT MAX(o2.id) FROM orders o2 WHERE o2.customer_id = o.customer_id)
ORDER BY c.id;
