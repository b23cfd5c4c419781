-- mistake: COUNT(*) counts every row, so verified always equals signups
SELECT plan, COUNT(*) AS signups, COUNT(*) AS verified,
       COUNT(referred_by) AS referred, COUNT(DISTINCT referred_by) AS referrers
FROM signups GROUP BY plan ORDER BY plan;
