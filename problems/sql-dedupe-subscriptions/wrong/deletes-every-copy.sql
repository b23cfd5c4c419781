-- mistake: deletes every row of a duplicated group, including the one that should stay
DELETE FROM subscriptions
WHERE lower(email) || '|' || list IN (
  SELECT lower(email) || '|' || list FROM subscriptions
  GROUP BY lower(email), list HAVING COUNT(*) > 1
);
