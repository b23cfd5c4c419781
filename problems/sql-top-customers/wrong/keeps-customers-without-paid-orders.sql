-- mistake: LEFT JOINs paid orders onto every customer, so customers with no paid order appear with a total of 0
SELECT c.name, COALESCE(SUM(o.amount_cents), 0) AS total_cents
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY total_cents DESC, c.name;
