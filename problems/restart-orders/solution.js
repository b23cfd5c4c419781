function restartOrders(services) {
  const items = [...services].sort()
  const used = items.map(() => false)
  const orders = []
  const path = []
  const place = () => {
    if (path.length === items.length) {
      orders.push([...path])
      return
    }
    for (let i = 0; i < items.length; i++) {
      if (used[i]) continue
      // Equal names are interchangeable: only take a copy once the copy before it is placed.
      if (i > 0 && items[i] === items[i - 1] && !used[i - 1]) continue
      used[i] = true
      path.push(items[i])
      place()
      path.pop()
      used[i] = false
    }
  }
  place()
  return orders
}
