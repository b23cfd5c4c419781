CREATE TABLE ledger (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  amount_cents INTEGER,
  booked_at TEXT NOT NULL
);
