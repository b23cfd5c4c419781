-- mistake: uses the day of the month as the number, so a streak breaks at the end of every month
WITH days AS (SELECT DISTINCT service, day FROM healthy_days),
numbered AS (
  SELECT service, day,
         CAST(substr(day, 9, 2) AS INTEGER) - ROW_NUMBER() OVER (PARTITION BY service ORDER BY day) AS island
  FROM days
)
SELECT service, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(*) AS days
FROM numbered GROUP BY service, island ORDER BY service, first_day;
