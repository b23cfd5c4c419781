-- mistake: inner joins keep only products that were sold
SELECT p.name, SUM(oi.quantity) AS units_sold
FROM products p
JOIN order_items oi ON oi.product_id = p.id
JOIN orders o ON o.id = oi.order_id AND o.status = 'paid'
GROUP BY p.id, p.name
ORDER BY units_sold DESC, p.name;
