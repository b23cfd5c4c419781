-- mistake: groups by the lower-cased address but shows one of the stored spellings (a bare column) instead of the lower-cased one
SELECT email, COUNT(*) AS uses
FROM employees
GROUP BY lower(email)
HAVING COUNT(*) > 1
ORDER BY lower(email);
