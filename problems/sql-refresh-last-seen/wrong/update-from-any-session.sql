-- mistake: UPDATE ... FROM with several matching sessions uses just one of them, not necessarily the latest
UPDATE users
SET last_seen_at = s.started_at
FROM sessions s
WHERE s.user_id = users.id
  AND (users.last_seen_at IS NULL OR s.started_at > users.last_seen_at);
