-- mistake: updates every row, so users without sessions get NULL and newer values move back
UPDATE users
SET last_seen_at = (SELECT MAX(s.started_at) FROM sessions s WHERE s.user_id = users.id);
