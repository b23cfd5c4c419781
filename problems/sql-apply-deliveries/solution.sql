INSERT INTO stock (sku, quantity, updated_at)
SELECT sku, SUM(quantity), MAX(received_at)
FROM deliveries
WHERE status = 'accepted'
GROUP BY sku
ON CONFLICT (sku) DO UPDATE SET
  quantity = COALESCE(stock.quantity, 0) + excluded.quantity,
  updated_at = excluded.updated_at;
