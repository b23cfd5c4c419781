-- mistake: counts referrals again instead of distinct referrers, so one user inviting two people counts twice
SELECT plan, COUNT(*) AS signups, COUNT(verified_at) AS verified,
       COUNT(referred_by) AS referred, COUNT(referred_by) AS referrers
FROM signups GROUP BY plan ORDER BY plan;
