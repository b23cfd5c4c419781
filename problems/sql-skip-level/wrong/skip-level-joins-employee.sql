-- mistake: joins the skip-level on the employee's manager_id again, so it repeats the manager
SELECT s.name AS employee, m.name AS manager, g.name AS skip_level
FROM staff s
LEFT JOIN staff m ON m.id = s.manager_id
LEFT JOIN staff g ON g.id = s.manager_id
ORDER BY s.id;
