-- mistake: no COALESCE, so a product with no paid sales shows NULL instead of 0 (and sorts last as NULL)
SELECT p.name, sold.units AS units_sold
FROM products p
LEFT JOIN (
  SELECT oi.product_id, SUM(oi.quantity) AS units
  FROM order_items oi JOIN orders o ON o.id = oi.order_id
  WHERE o.status = 'paid' GROUP BY oi.product_id
) sold ON sold.product_id = p.id
ORDER BY units_sold DESC, p.name;
