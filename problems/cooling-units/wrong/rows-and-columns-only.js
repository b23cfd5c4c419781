// mistake: forgets the diagonals entirely and counts one unit per row and column (n factorial)
function countLayouts(n) {
  let total = 1
  for (let k = 2; k <= n; k++) total *= k
  return total
}
