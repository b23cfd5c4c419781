-- mistake: adds to a NULL quantity, and NULL + n is NULL, so a never-counted SKU stays NULL
INSERT INTO stock (sku, quantity, updated_at)
SELECT sku, SUM(quantity), MAX(received_at)
FROM deliveries WHERE status = 'accepted' GROUP BY sku
ON CONFLICT (sku) DO UPDATE SET quantity = stock.quantity + excluded.quantity, updated_at = excluded.updated_at;
