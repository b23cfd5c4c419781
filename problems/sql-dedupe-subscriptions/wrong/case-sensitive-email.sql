-- mistake: groups by email as stored, so the same address in different case is not seen as a duplicate
DELETE FROM subscriptions
WHERE id IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY email, list ORDER BY created_at, id) AS rn
    FROM subscriptions
  ) WHERE rn > 1
);
