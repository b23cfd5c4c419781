-- mistake: DISTINCT ... LIMIT 1 OFFSET 1 returns no row at all, not a NULL row, when there is no second salary
SELECT DISTINCT salary AS second_salary
FROM employees
ORDER BY salary DESC
LIMIT 1 OFFSET 1;
