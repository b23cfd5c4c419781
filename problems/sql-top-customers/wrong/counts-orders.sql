-- mistake: counts paid orders instead of adding up their amounts
SELECT c.name, COUNT(*) AS total_cents
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY c.id, c.name
ORDER BY total_cents DESC, c.name;
