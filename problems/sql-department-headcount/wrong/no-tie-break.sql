-- mistake: orders by headcount only, so departments with equal headcounts come in any order
SELECT d.name AS department, COUNT(*) AS headcount, MAX(e.salary) AS top_salary
FROM employees e
JOIN departments d ON d.id = e.department_id
GROUP BY d.id, d.name
HAVING COUNT(*) >= 2
ORDER BY headcount DESC;
