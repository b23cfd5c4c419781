-- mistake: cuts 6 characters instead of 7, so '2024-01' and '2024-03' both become '2024-0'
SELECT substr(created_at, 1, 6) AS month, SUM(amount_cents) AS revenue_cents
FROM orders
WHERE status = 'paid'
GROUP BY month
ORDER BY month;
