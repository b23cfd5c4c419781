-- mistake: the subquery is not tied to the user, so everyone gets the latest session of anybody
UPDATE users
SET last_seen_at = (SELECT MAX(started_at) FROM sessions)
WHERE EXISTS (
  SELECT 1 FROM sessions s
  WHERE s.user_id = users.id AND (users.last_seen_at IS NULL OR s.started_at > users.last_seen_at)
);
