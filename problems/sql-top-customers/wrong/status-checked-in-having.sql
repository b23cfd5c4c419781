-- mistake: checks the status in HAVING, on one arbitrary order per customer, instead of filtering orders before summing
SELECT c.name, SUM(o.amount_cents) AS total_cents
FROM customers c
JOIN orders o ON o.customer_id = c.id
GROUP BY c.id, c.name
HAVING o.status = 'paid'
ORDER BY total_cents DESC, c.name;
