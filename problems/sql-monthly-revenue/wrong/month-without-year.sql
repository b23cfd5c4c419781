-- mistake: groups by the month number alone, so January 2023 and January 2024 are added together
SELECT substr(created_at, 1, 7) AS month, SUM(amount_cents) AS revenue_cents
FROM orders
WHERE status = 'paid'
GROUP BY strftime('%m', created_at)
ORDER BY month;
