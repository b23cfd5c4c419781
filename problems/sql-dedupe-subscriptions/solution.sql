DELETE FROM subscriptions
WHERE id IN (
  SELECT id FROM (
    SELECT id,
           ROW_NUMBER() OVER (
             PARTITION BY lower(email), list
             ORDER BY created_at, id
           ) AS rn
    FROM subscriptions
  )
  WHERE rn > 1
);
