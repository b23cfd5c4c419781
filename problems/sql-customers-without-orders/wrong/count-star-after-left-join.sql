-- mistake: COUNT(*) after a LEFT JOIN counts the NULL row too, so no customer ever has 0 orders
SELECT c.name
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
HAVING COUNT(*) = 0
ORDER BY c.name;
