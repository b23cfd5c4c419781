// mistake: rounds each share to the nearest cent, so the parts can add up to a cent more or less than the bill
function splitBill(total, shares) {
  const s = shares.reduce((a, b) => a + b, 0)
  return shares.map((w) => Math.round((total * w) / s))
}
