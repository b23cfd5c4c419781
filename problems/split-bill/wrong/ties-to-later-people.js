// mistake: takes the largest remainders from the end of an ascending sort, so ties go to later people
function splitBill(total, shares) {
  const s = shares.reduce((a, b) => a + b, 0)
  // total * w stays below 2^53 within the constraints, so these are exact.
  const amounts = shares.map((w) => Math.floor((total * w) / s))
  const remainders = shares.map((w) => (total * w) % s)
  const missing = total - amounts.reduce((a, b) => a + b, 0)
  const order = shares.map((_, i) => i).sort((a, b) => remainders[a] - remainders[b] || a - b).reverse()
  for (const i of order.slice(0, missing)) amounts[i] += 1
  return amounts
}
