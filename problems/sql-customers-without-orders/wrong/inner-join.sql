-- mistake: uses an inner join, which drops exactly the customers without orders before the IS NULL test
SELECT c.name
FROM customers c
JOIN orders o ON o.customer_id = c.id
WHERE o.id IS NULL
ORDER BY c.name;
