// mistake: leaves out customers whose net total is zero or negative
function customerTotals(orders) {
  const summary = new Map()
  for (const order of orders) {
    if (order.status === 'pending') continue
    const email = order.email.trim().toLowerCase()
    if (!summary.has(email)) summary.set(email, { email, paid_orders: 0, total: 0 })
    const entry = summary.get(email)
    if (order.status === 'paid') {
      entry.paid_orders += 1
      entry.total += order.cents
    } else entry.total -= order.cents
  }
  return [...summary.values()].filter((e) => e.total > 0).sort((a, b) => b.total - a.total || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
}
