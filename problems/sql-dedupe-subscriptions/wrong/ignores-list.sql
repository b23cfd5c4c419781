-- mistake: groups by email only, deleting a person's subscriptions to other lists
DELETE FROM subscriptions
WHERE id IN (
  SELECT id FROM (
    SELECT id, ROW_NUMBER() OVER (PARTITION BY lower(email) ORDER BY created_at, id) AS rn
    FROM subscriptions
  ) WHERE rn > 1
);
