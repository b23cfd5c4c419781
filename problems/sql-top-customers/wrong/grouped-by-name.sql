-- mistake: groups by name, so two customers called the same are added together
SELECT c.name, SUM(o.amount_cents) AS total_cents
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.status = 'paid'
GROUP BY c.name
ORDER BY total_cents DESC, c.name;
