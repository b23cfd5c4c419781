-- mistake: counts joined rows instead of summing quantities; an unsold product still has its one LEFT JOIN row
SELECT p.name, COUNT(*) AS units_sold
FROM products p
LEFT JOIN order_items oi ON oi.product_id = p.id
  AND oi.order_id IN (SELECT id FROM orders WHERE status = 'paid')
GROUP BY p.id, p.name
ORDER BY units_sold DESC, p.name;
