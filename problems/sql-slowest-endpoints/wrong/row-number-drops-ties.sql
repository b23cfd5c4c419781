-- mistake: ROW_NUMBER gives tied endpoints different ranks, so one of two equally slow endpoints is dropped
SELECT service, path, p95_ms, rnk AS rank_in_service
FROM (
  SELECT service, path, p95_ms,
         ROW_NUMBER() OVER (PARTITION BY service ORDER BY p95_ms DESC) AS rnk
  FROM endpoints WHERE p95_ms IS NOT NULL
)
WHERE rnk <= 2
ORDER BY service, rnk, path;
