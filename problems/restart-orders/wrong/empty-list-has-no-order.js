// mistake: returns no orders at all for an empty list instead of the one empty order
function restartOrders(services) {
  if (services.length === 0) return []
  if (services.length === 1) return [[...services]]
  const orders = []
  const seen = new Set()
  services.forEach((name, i) => {
    for (const rest of restartOrders([...services.slice(0, i), ...services.slice(i + 1)])) {
      const order = [name, ...rest]
      const key = JSON.stringify(order)
      if (!seen.has(key)) {
        seen.add(key)
        orders.push(order)
      }
    }
  })
  return orders
}
