SELECT service, path, p95_ms, rnk AS rank_in_service
FROM (
  SELECT service, path, p95_ms,
         RANK() OVER (PARTITION BY service ORDER BY p95_ms DESC) AS rnk
  FROM endpoints
  WHERE p95_ms IS NOT NULL
)
WHERE rnk <= 2
ORDER BY service, rnk, path;
