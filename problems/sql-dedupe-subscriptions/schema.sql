CREATE TABLE subscriptions (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL,
  list TEXT NOT NULL,
  created_at TEXT NOT NULL
);
