-- mistake: counts distinct spellings instead of employees, so two identical entries count once
SELECT lower(email) AS email, COUNT(DISTINCT email) AS uses
FROM employees
GROUP BY lower(email)
HAVING COUNT(*) > 1
ORDER BY email;
