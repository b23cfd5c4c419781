-- mistake: takes the smaller of the top two distinct salaries, which is the top salary itself when there is only one
SELECT MIN(salary) AS second_salary
FROM (SELECT DISTINCT salary FROM employees ORDER BY salary DESC LIMIT 2);
