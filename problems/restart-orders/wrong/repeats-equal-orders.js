// mistake: permutes positions, so a name listed twice yields every order twice
function restartOrders(services) {
  const orders = []
  const used = services.map(() => false)
  const path = []
  const place = () => {
    if (path.length === services.length) {
      orders.push([...path])
      return
    }
    for (let i = 0; i < services.length; i++) {
      if (!used[i]) {
        used[i] = true
        path.push(services[i])
        place()
        path.pop()
        used[i] = false
      }
    }
  }
  place()
  return orders
}
