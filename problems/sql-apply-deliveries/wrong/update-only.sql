-- mistake: an UPDATE alone never creates rows for SKUs that are not in stock yet
UPDATE stock SET
  quantity = COALESCE(quantity, 0) + (SELECT SUM(d.quantity) FROM deliveries d WHERE d.sku = stock.sku AND d.status = 'accepted'),
  updated_at = (SELECT MAX(d.received_at) FROM deliveries d WHERE d.sku = stock.sku AND d.status = 'accepted')
WHERE sku IN (SELECT sku FROM deliveries WHERE status = 'accepted');
