UPDATE users
SET last_seen_at = (SELECT MAX(s.started_at) FROM sessions s WHERE s.user_id = users.id)
WHERE EXISTS (
  SELECT 1 FROM sessions s
  WHERE s.user_id = users.id
    AND (users.last_seen_at IS NULL OR s.started_at > users.last_seen_at)
);
