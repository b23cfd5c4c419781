-- mistake: relies on SQLite's bare column next to MAX(created_at), which picks any one of the tied orders, not the largest id
SELECT c.name, o.id AS order_id, MAX(o.created_at) AS created_at
FROM orders o
JOIN customers c ON c.id = o.customer_id
GROUP BY c.id
ORDER BY c.id;
