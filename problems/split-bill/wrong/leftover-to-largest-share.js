// mistake: gives the missing cents to the people with the most shares instead of the largest remainders
function splitBill(total, shares) {
  const s = shares.reduce((a, b) => a + b, 0)
  // total * w stays below 2^53 within the constraints, so these are exact.
  const amounts = shares.map((w) => Math.floor((total * w) / s))
  const remainders = shares.map((w) => (total * w) % s)
  const missing = total - amounts.reduce((a, b) => a + b, 0)
  const order = shares.map((_, i) => i).sort((a, b) => shares[b] - shares[a] || a - b)
  for (const i of order.slice(0, missing)) amounts[i] += 1
  return amounts
}
