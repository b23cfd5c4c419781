// mistake: adds the prices as floats and rounds at the end, which loses cents on large amounts
function cartTotal(prices) {
  const total = prices.reduce((sum, p) => sum + parseFloat(p.replace('$', '').replace(/,/g, '')), 0)
  const [dollars, cents] = Math.abs(total).toFixed(2).split('.')
  const sign = Number(total.toFixed(2)) < 0 ? '-' : ''
  return `${sign}$${dollars.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`
}
