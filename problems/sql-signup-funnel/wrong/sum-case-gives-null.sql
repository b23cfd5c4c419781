-- mistake: SUM over a CASE with no ELSE is NULL, not 0, for a plan where nobody was referred
SELECT plan, COUNT(*) AS signups, COUNT(verified_at) AS verified,
       SUM(CASE WHEN referred_by IS NOT NULL THEN 1 END) AS referred,
       COUNT(DISTINCT referred_by) AS referrers
FROM signups GROUP BY plan ORDER BY plan;
