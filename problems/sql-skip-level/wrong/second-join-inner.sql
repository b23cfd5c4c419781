-- mistake: the second join is inner, which drops the top person's direct reports (and the top person)
SELECT s.name AS employee, m.name AS manager, g.name AS skip_level
FROM staff s
LEFT JOIN staff m ON m.id = s.manager_id
JOIN staff g ON g.id = m.manager_id
ORDER BY s.id;
