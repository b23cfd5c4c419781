-- mistake: groups by department name, so two departments with the same name are counted as one
SELECT d.name AS department, COUNT(*) AS headcount, MAX(e.salary) AS top_salary
FROM employees e
JOIN departments d ON d.id = e.department_id
GROUP BY d.name
HAVING COUNT(*) >= 2
ORDER BY headcount DESC, department;
