CREATE TABLE healthy_days (
  id INTEGER PRIMARY KEY,
  service TEXT NOT NULL,
  day TEXT NOT NULL
);
