-- mistake: COUNT(*) = 2 counts grant rows, so admin granted twice passes and admin twice plus billing fails
SELECT u.id, u.email
FROM users u
JOIN user_roles ur ON ur.user_id = u.id
JOIN roles r ON r.id = ur.role_id
WHERE r.name IN ('admin', 'billing')
GROUP BY u.id, u.email
HAVING COUNT(*) = 2
ORDER BY u.id;
