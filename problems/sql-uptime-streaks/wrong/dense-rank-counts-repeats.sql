-- mistake: DENSE_RANK keeps a repeated day in its streak, but COUNT(*) then counts that day twice
WITH numbered AS (
  SELECT service, day,
         julianday(day) - DENSE_RANK() OVER (PARTITION BY service ORDER BY day) AS island
  FROM healthy_days
)
SELECT service, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS days
FROM numbered GROUP BY service, island ORDER BY service, first_day;
