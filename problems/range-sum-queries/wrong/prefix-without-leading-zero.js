// mistake: builds inclusive running totals without a leading 0 and subtracts prefix[i - 1], which is not the empty sum when i = 0
function rangeSums(nums, queries) {
  const prefix = []
  let total = 0
  for (const x of nums) {
    total += x
    prefix.push(total)
  }
  return queries.map(([i, j]) => prefix[j] - prefix[i - 1])
}
