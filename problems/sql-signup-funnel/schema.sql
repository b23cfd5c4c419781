CREATE TABLE signups (
  id INTEGER PRIMARY KEY,
  email TEXT,
  plan TEXT NOT NULL,
  verified_at TEXT,
  referred_by INTEGER
);
