-- mistake: sorts ascending, so it finds the second-lowest distinct salary
SELECT (
  SELECT DISTINCT salary FROM employees ORDER BY salary LIMIT 1 OFFSET 1
) AS second_salary;
