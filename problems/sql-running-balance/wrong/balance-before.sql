-- mistake: the frame stops one row early, giving the balance before each movement instead of after it
SELECT id, account_id, amount_cents,
       COALESCE(SUM(COALESCE(amount_cents, 0)) OVER (
         PARTITION BY account_id ORDER BY booked_at, id
         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING
       ), 0) AS balance_cents
FROM ledger
ORDER BY account_id, booked_at, id;
