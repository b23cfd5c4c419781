-- mistake: upserts delivery by delivery, so updated_at is the time of the last row read, not the latest delivery
INSERT INTO stock (sku, quantity, updated_at)
SELECT sku, quantity, received_at
FROM deliveries WHERE status = 'accepted' ORDER BY id
ON CONFLICT (sku) DO UPDATE SET
  quantity = COALESCE(stock.quantity, 0) + excluded.quantity, updated_at = excluded.updated_at;
