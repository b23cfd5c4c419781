-- mistake: accumulates in id order, so a movement booked back in time is counted after later ones
SELECT id, account_id, amount_cents,
       SUM(COALESCE(amount_cents, 0)) OVER (PARTITION BY account_id ORDER BY id) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
