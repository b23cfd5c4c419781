-- mistake: excludes only rejected deliveries, so pending ones are added too
INSERT INTO stock (sku, quantity, updated_at)
SELECT sku, SUM(quantity), MAX(received_at)
FROM deliveries WHERE status <> 'rejected' GROUP BY sku
ON CONFLICT (sku) DO UPDATE SET
  quantity = COALESCE(stock.quantity, 0) + excluded.quantity, updated_at = excluded.updated_at;
