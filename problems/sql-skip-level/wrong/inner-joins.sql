-- mistake: inner joins drop everyone without a manager or without a skip-level
SELECT s.name AS employee, m.name AS manager, g.name AS skip_level
FROM staff s
JOIN staff m ON m.id = s.manager_id
JOIN staff g ON g.id = m.manager_id
ORDER BY s.id;
