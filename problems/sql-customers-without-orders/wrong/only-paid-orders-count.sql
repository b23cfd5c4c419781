-- mistake: matches only paid orders, so a customer whose only order was cancelled is listed
SELECT c.name
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
WHERE o.id IS NULL
ORDER BY c.name;
