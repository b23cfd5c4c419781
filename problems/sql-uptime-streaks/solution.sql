WITH days AS (
  SELECT DISTINCT service, day FROM healthy_days
),
numbered AS (
  SELECT service, day,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY service ORDER BY day) AS island
  FROM days
)
SELECT service, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS days
FROM numbered
GROUP BY service, island
ORDER BY service, first_day;
