-- mistake: a window with no ORDER BY sums the whole account, so every row shows the final balance
SELECT id, account_id, amount_cents,
       SUM(COALESCE(amount_cents, 0)) OVER (PARTITION BY account_id) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
