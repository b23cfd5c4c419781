-- mistake: tests status in HAVING, on one arbitrary row of each month, instead of filtering orders in WHERE
SELECT substr(created_at, 1, 7) AS month, SUM(amount_cents) AS revenue_cents
FROM orders
GROUP BY month
HAVING status = 'paid'
ORDER BY month;
