-- mistake: COUNT(email) skips phone signups, whose email is NULL
SELECT plan, COUNT(email) AS signups, COUNT(verified_at) AS verified,
       COUNT(referred_by) AS referred, COUNT(DISTINCT referred_by) AS referrers
FROM signups GROUP BY plan ORDER BY plan;
