-- mistake: the paid filter sits on the orders join only, but the item rows of unpaid orders are still summed
SELECT p.name, COALESCE(SUM(oi.quantity), 0) AS units_sold
FROM products p
LEFT JOIN order_items oi ON oi.product_id = p.id
LEFT JOIN orders o ON o.id = oi.order_id AND o.status = 'paid'
GROUP BY p.id, p.name
ORDER BY units_sold DESC, p.name;
