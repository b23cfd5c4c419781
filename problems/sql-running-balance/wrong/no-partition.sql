-- mistake: forgets PARTITION BY, so the running total runs across all accounts
SELECT id, account_id, amount_cents,
       SUM(COALESCE(amount_cents, 0)) OVER (ORDER BY booked_at, id) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
