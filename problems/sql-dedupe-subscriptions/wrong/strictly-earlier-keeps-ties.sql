-- mistake: deletes a row only when a strictly earlier copy exists, so copies made in the same minute all stay
DELETE FROM subscriptions
WHERE EXISTS (
  SELECT 1 FROM subscriptions o
  WHERE lower(o.email) = lower(subscriptions.email)
    AND o.list = subscriptions.list
    AND o.created_at < subscriptions.created_at
);
