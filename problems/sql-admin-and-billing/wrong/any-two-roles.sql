-- mistake: checks that the user has two distinct roles, without checking which roles they are
SELECT u.id, u.email
FROM users u
JOIN user_roles ur ON ur.user_id = u.id
JOIN roles r ON r.id = ur.role_id
GROUP BY u.id, u.email
HAVING COUNT(DISTINCT r.name) >= 2
ORDER BY u.id;
