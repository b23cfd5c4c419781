CREATE TABLE stock (
  sku TEXT PRIMARY KEY,
  quantity INTEGER,
  updated_at TEXT NOT NULL
);
CREATE TABLE deliveries (
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  status TEXT NOT NULL,
  received_at TEXT NOT NULL
);
