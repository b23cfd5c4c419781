CREATE TABLE endpoints (
  id INTEGER PRIMARY KEY,
  service TEXT NOT NULL,
  path TEXT NOT NULL,
  p95_ms INTEGER
);
