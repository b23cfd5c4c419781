function total(amounts) {
  if (amounts.length === 0) return 0
  return amounts[0] + total(amounts.slice(1))
}
