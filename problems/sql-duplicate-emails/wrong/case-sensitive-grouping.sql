-- mistake: groups by the email as stored, so 'ann@x.io' and 'Ann@X.io' are different addresses
SELECT lower(email) AS email, COUNT(*) AS uses
FROM employees
GROUP BY email
HAVING COUNT(*) > 1
ORDER BY email;
