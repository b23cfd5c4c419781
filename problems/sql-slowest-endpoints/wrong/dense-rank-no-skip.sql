-- mistake: DENSE_RANK does not skip after a tie (1, 1, 2), so a third endpoint sneaks in
SELECT service, path, p95_ms, rnk AS rank_in_service
FROM (
  SELECT service, path, p95_ms,
         DENSE_RANK() OVER (PARTITION BY service ORDER BY p95_ms DESC) AS rnk
  FROM endpoints WHERE p95_ms IS NOT NULL
)
WHERE rnk <= 2
ORDER BY service, rnk, path;
