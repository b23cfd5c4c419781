-- mistake: orders the window by booked_at only, so movements booked in the same minute all get the balance after the last of them
SELECT id, account_id, amount_cents,
       SUM(COALESCE(amount_cents, 0)) OVER (PARTITION BY account_id ORDER BY booked_at) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
