-- mistake: looks for the salary with exactly one higher row, counting rows rather than distinct salaries
SELECT MAX(salary) AS second_salary
FROM employees e
WHERE (SELECT COUNT(*) FROM employees e2 WHERE e2.salary > e.salary) = 1;
