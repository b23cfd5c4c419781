-- mistake: ranks with a correlated count of slower-or-equal endpoints, which gives tied endpoints the lower rank (2, 2 instead of 1, 1)
SELECT e.service, e.path, e.p95_ms,
       (SELECT COUNT(*) FROM endpoints o
        WHERE o.service = e.service AND o.p95_ms >= e.p95_ms) AS rank_in_service
FROM endpoints e
WHERE e.p95_ms IS NOT NULL
  AND (SELECT COUNT(*) FROM endpoints o WHERE o.service = e.service AND o.p95_ms >= e.p95_ms) <= 2
ORDER BY e.service, rank_in_service, e.path;
