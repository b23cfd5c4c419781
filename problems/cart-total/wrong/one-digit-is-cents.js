// mistake: reads a single digit after the point as cents, so 12.5 becomes 12 dollars 5 cents
function toCents(price) {
  const sign = price.startsWith('-') ? -1 : 1
  const text = price.replace(/^-/, '').replace(/^\$/, '').replace(/,/g, '')
  const [dollars, cents = ''] = text.split('.')
  return sign * (Number(dollars) * 100 + Number(cents))
}

function cartTotal(prices) {
  // Integer cents stay exact: the totals allowed are far below 2^53.
  const total = prices.reduce((sum, p) => sum + toCents(p), 0)
  const abs = Math.abs(total)
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',')
  const cents = String(abs % 100).padStart(2, '0')
  return `${total < 0 ? '-' : ''}$${dollars}.${cents}`
}
