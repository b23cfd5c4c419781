-- mistake: keeps users with either role, not both
SELECT DISTINCT u.id, u.email
FROM users u
JOIN user_roles ur ON ur.user_id = u.id
JOIN roles r ON r.id = ur.role_id
WHERE r.name IN ('admin', 'billing')
ORDER BY u.id;
