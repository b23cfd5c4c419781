-- mistake: numbers the rows without removing repeated days, so a repeated day splits its streak
WITH numbered AS (
  SELECT service, day,
         julianday(day) - ROW_NUMBER() OVER (PARTITION BY service ORDER BY day) AS island
  FROM healthy_days
)
SELECT service, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS days
FROM numbered GROUP BY service, island ORDER BY service, first_day;
