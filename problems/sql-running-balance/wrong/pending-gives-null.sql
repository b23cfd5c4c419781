-- mistake: sums amount_cents as is, so an account whose first movement is pending shows a NULL balance instead of 0
SELECT id, account_id, amount_cents,
       SUM(amount_cents) OVER (PARTITION BY account_id ORDER BY booked_at, id) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
