SELECT u.id, u.email
FROM users u
JOIN user_roles ur ON ur.user_id = u.id
JOIN roles r ON r.id = ur.role_id
WHERE r.name IN ('admin', 'billing')
GROUP BY u.id, u.email
HAVING COUNT(DISTINCT r.name) = 2
ORDER BY u.id;
