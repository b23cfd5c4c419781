SELECT plan,
       COUNT(*) AS signups,
       COUNT(verified_at) AS verified,
       COUNT(referred_by) AS referred,
       COUNT(DISTINCT referred_by) AS referrers
FROM signups
GROUP BY plan
ORDER BY plan;
