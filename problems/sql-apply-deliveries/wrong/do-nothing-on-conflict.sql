-- mistake: ON CONFLICT DO NOTHING inserts new SKUs but leaves existing ones unchanged
INSERT INTO stock (sku, quantity, updated_at)
SELECT sku, SUM(quantity), MAX(received_at)
FROM deliveries WHERE status = 'accepted' GROUP BY sku
ON CONFLICT (sku) DO NOTHING;
