-- mistake: joins in the wrong direction, pairing each person with their reports instead of their manager
SELECT s.name AS employee, m.name AS manager, g.name AS skip_level
FROM staff s
LEFT JOIN staff m ON m.manager_id = s.id
LEFT JOIN staff g ON g.manager_id = m.id
ORDER BY s.id;
