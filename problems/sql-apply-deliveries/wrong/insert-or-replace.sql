-- mistake: INSERT OR REPLACE overwrites the stored quantity instead of adding to it
INSERT OR REPLACE INTO stock (sku, quantity, updated_at)
SELECT sku, SUM(quantity), MAX(received_at)
FROM deliveries WHERE status = 'accepted' GROUP BY sku;
