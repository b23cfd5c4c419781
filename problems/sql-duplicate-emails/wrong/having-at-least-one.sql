-- mistake: HAVING COUNT(*) >= 1 keeps every address, used once or not
SELECT lower(email) AS email, COUNT(*) AS uses
FROM employees
GROUP BY lower(email)
HAVING COUNT(*) >= 1
ORDER BY email;
