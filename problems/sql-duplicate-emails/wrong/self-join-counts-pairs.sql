-- mistake: finds duplicates with a self-join and counts the pairs, which is n * (n - 1), not n
SELECT lower(a.email) AS email, COUNT(*) AS uses
FROM employees a
JOIN employees b ON lower(a.email) = lower(b.email) AND a.id <> b.id
GROUP BY lower(a.email)
ORDER BY email;
