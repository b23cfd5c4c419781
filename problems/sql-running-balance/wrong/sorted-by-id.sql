-- mistake: right balances, but the rows are listed by id instead of by account and time
SELECT id, account_id, amount_cents,
       SUM(COALESCE(amount_cents, 0)) OVER (PARTITION BY account_id ORDER BY booked_at, id) AS balance_cents
FROM ledger
ORDER BY id;
