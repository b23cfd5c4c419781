-- mistake: finds the manager's own row again by name, which picks the wrong person when two people share a name
SELECT s.name AS employee, m.name AS manager,
       (SELECT g.name FROM staff x JOIN staff g ON g.id = x.manager_id
        WHERE x.name = m.name ORDER BY x.id LIMIT 1) AS skip_level
FROM staff s
LEFT JOIN staff m ON m.id = s.manager_id
ORDER BY s.id;
