-- mistake: COUNT of a CASE that yields 0 for unverified rows still counts them (COUNT skips only NULL)
SELECT plan, COUNT(*) AS signups,
       COUNT(CASE WHEN verified_at IS NULL THEN 0 ELSE 1 END) AS verified,
       COUNT(referred_by) AS referred, COUNT(DISTINCT referred_by) AS referrers
FROM signups GROUP BY plan ORDER BY plan;
