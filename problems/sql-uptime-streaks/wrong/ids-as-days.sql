-- mistake: takes consecutive ids for consecutive days, but rows are not inserted in day order
WITH numbered AS (
  SELECT service, day, id - ROW_NUMBER() OVER (PARTITION BY service ORDER BY id) AS island
  FROM healthy_days
)
SELECT service, MIN(day) AS first_day, MAX(day) AS last_day, COUNT(DISTINCT day) AS days
FROM numbered GROUP BY service, island ORDER BY service, first_day;
