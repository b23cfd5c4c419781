// mistake: splits a negative total into dollars and cents with the sign on the dollars, so -$0.50 comes out as $0.50
function toCents(price) {
  const sign = price.startsWith('-') ? -1 : 1
  const text = price.replace(/^-/, '').replace(/^\$/, '').replace(/,/g, '')
  const [dollars, cents = ''] = text.split('.')
  return sign * (Number(dollars) * 100 + Number(cents.padEnd(2, '0')))
}

function cartTotal(prices) {
  const total = prices.reduce((sum, p) => sum + toCents(p), 0)
  const dollars = Math.trunc(total / 100)
  const cents = String(Math.abs(total) % 100).padStart(2, '0')
  const grouped = String(Math.abs(dollars)).replace(/\B(?=(\d{3})+$)/g, ',')
  return `${dollars < 0 ? '-' : ''}$${grouped}.${cents}`
}
