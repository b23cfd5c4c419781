-- mistake: groups by name, so two customers who share a name are merged (one of them may have ordered)
SELECT c.name
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id
GROUP BY c.name
HAVING COUNT(o.id) = 0
ORDER BY c.name;
