-- mistake: counts distinct salaries instead of people, so two people on the same salary count once
SELECT d.name AS department, COUNT(DISTINCT e.salary) AS headcount, MAX(e.salary) AS top_salary
FROM employees e
JOIN departments d ON d.id = e.department_id
GROUP BY d.id, d.name
HAVING COUNT(DISTINCT e.salary) >= 2
ORDER BY headcount DESC, department;
