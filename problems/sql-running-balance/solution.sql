SELECT id, account_id, amount_cents,
       SUM(COALESCE(amount_cents, 0)) OVER (
         PARTITION BY account_id
         ORDER BY booked_at, id
       ) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
