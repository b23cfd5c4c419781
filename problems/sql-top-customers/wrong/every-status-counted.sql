-- mistake: sums orders of every status, cancelled and refunded ones included
SELECT c.name, SUM(o.amount_cents) AS total_cents
FROM customers c
JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
ORDER BY total_cents DESC, c.name;
