-- mistake: sums every order, refunded and cancelled ones included
SELECT substr(created_at, 1, 7) AS month, SUM(amount_cents) AS revenue_cents
FROM orders
GROUP BY month
ORDER BY month;
