-- mistake: compares with a NULL last_seen_at, which is never true, so users never seen are never updated
UPDATE users
SET last_seen_at = (SELECT MAX(s.started_at) FROM sessions s WHERE s.user_id = users.id)
WHERE EXISTS (
  SELECT 1 FROM sessions s WHERE s.user_id = users.id AND s.started_at > users.last_seen_at
);
