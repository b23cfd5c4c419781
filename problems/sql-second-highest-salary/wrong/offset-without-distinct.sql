-- mistake: takes the second row of all salaries without DISTINCT, so a repeated top salary is returned again
SELECT salary AS second_salary
FROM employees
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
