-- mistake: LEFT JOINs from employees, so the people with no department form a group of their own
SELECT d.name AS department, COUNT(*) AS headcount, MAX(e.salary) AS top_salary
FROM employees e
LEFT JOIN departments d ON d.id = e.department_id
GROUP BY d.id, d.name
HAVING COUNT(*) >= 2
ORDER BY headcount DESC, department;
