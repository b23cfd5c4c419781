-- mistake: orders newest first, so it keeps the latest subscription instead of the earliest
DELETE FROM subscriptions
WHERE id IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY lower(email), list ORDER BY created_at DESC, id) AS rn
    FROM subscriptions
  ) WHERE rn > 1
);
