-- mistake: assumes admin and billing have role ids 1 and 2 instead of looking the names up
SELECT u.id, u.email
FROM users u
JOIN user_roles ur ON ur.user_id = u.id
WHERE ur.role_id IN (1, 2)
GROUP BY u.id, u.email
HAVING COUNT(DISTINCT ur.role_id) = 2
ORDER BY u.id;
