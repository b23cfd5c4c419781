-- mistake: keeps the smallest id of each group, which is not the earliest when ids are not in time order
DELETE FROM subscriptions
WHERE id NOT IN (SELECT MIN(id) FROM subscriptions GROUP BY lower(email), list);
