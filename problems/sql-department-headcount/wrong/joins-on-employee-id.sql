-- mistake: joins on the employee's id instead of department_id
SELECT d.name AS department, COUNT(*) AS headcount, MAX(e.salary) AS top_salary
FROM employees e
JOIN departments d ON d.id = e.id
GROUP BY d.id, d.name
HAVING COUNT(*) >= 2
ORDER BY headcount DESC, department;
