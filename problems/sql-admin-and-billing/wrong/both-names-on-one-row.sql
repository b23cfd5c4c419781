-- mistake: asks one joined row to have both names at once, which never happens, so nobody is returned
SELECT u.id, u.email
FROM users u
JOIN user_roles ur ON ur.user_id = u.id
JOIN roles r ON r.id = ur.role_id
WHERE r.name = 'admin' AND r.name = 'billing'
ORDER BY u.id;
