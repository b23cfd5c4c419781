// mistake: converts each price to cents with Math.trunc(parseFloat(price) * 100), which truncates 0.29 to 28 cents
function cartTotal(prices) {
  const total = prices.reduce((sum, p) => sum + Math.trunc(parseFloat(p.replace('$', '').replace(/,/g, '')) * 100), 0)
  const abs = Math.abs(total)
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${total < 0 ? '-' : ''}$${dollars}.${String(abs % 100).padStart(2, '0')}`
}
