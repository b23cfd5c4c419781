-- mistake: NOT IN over a column that can be NULL: one guest order (customer_id NULL) makes the condition unknown for everyone
SELECT name
FROM customers
WHERE id NOT IN (SELECT customer_id FROM orders)
ORDER BY name;
