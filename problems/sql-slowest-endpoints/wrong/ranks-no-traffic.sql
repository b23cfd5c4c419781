-- mistake: keeps endpoints with NULL p95_ms in the ranking, so one shows up when a service has a single measured endpoint
SELECT service, path, p95_ms, rnk AS rank_in_service
FROM (
  SELECT service, path, p95_ms,
         RANK() OVER (PARTITION BY service ORDER BY p95_ms DESC) AS rnk
  FROM endpoints
)
WHERE rnk <= 2
ORDER BY service, rnk, path;
