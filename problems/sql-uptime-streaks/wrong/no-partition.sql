-- mistake: numbers the days of all services together, so one service's days break another's streaks
WITH days AS (SELECT DISTINCT service, day FROM healthy_days),
numbered AS (
  SELECT service, day, julianday(day) - ROW_NUMBER() OVER (ORDER BY day) AS island
  FROM days
)
SELECT service, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS days
FROM numbered GROUP BY service, island ORDER BY service, first_day;
