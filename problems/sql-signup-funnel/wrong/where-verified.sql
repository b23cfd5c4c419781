-- mistake: filters to verified rows in WHERE, which also shrinks signups and drops plans nobody verified
SELECT plan, COUNT(*) AS signups, COUNT(verified_at) AS verified,
       COUNT(referred_by) AS referred, COUNT(DISTINCT referred_by) AS referrers
FROM signups WHERE verified_at IS NOT NULL GROUP BY plan ORDER BY plan;
