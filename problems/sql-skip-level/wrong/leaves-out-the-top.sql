-- mistake: filters out people with no manager_id, so the top of the tree is missing
SELECT s.name AS employee, m.name AS manager, g.name AS skip_level
FROM staff s
LEFT JOIN staff m ON m.id = s.manager_id
LEFT JOIN staff g ON g.id = m.manager_id
WHERE s.manager_id IS NOT NULL
ORDER BY s.id;
