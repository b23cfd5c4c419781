-- mistake: updates every user who has sessions, even when the stored time is already later
UPDATE users
SET last_seen_at = (SELECT MAX(s.started_at) FROM sessions s WHERE s.user_id = users.id)
WHERE EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = users.id);
