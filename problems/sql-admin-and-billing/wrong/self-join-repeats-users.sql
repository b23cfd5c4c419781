-- mistake: joins the grants twice (one admin, one billing) without DISTINCT, so a duplicated grant repeats the user
SELECT u.id, u.email
FROM users u
JOIN user_roles a ON a.user_id = u.id JOIN roles ra ON ra.id = a.role_id AND ra.name = 'admin'
JOIN user_roles b ON b.user_id = u.id JOIN roles rb ON rb.id = b.role_id AND rb.name = 'billing'
ORDER BY u.id;
