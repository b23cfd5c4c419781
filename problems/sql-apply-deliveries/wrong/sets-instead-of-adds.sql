-- mistake: the upsert sets quantity to the delivered amount, losing what was in stock
INSERT INTO stock (sku, quantity, updated_at)
SELECT sku, SUM(quantity), MAX(received_at)
FROM deliveries WHERE status = 'accepted' GROUP BY sku
ON CONFLICT (sku) DO UPDATE SET quantity = excluded.quantity, updated_at = excluded.updated_at;
