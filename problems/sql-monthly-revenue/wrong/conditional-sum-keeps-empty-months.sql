-- mistake: sums paid amounts with CASE instead of filtering rows, so a month with only unpaid orders shows 0
SELECT substr(created_at, 1, 7) AS month,
       SUM(CASE WHEN status = 'paid' THEN amount_cents ELSE 0 END) AS revenue_cents
FROM orders
GROUP BY month
ORDER BY month;
