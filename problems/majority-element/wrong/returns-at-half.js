// mistake: counts with a map and returns the first value seen n // 2 times: half is not more than half
function majority(nums) {
  const counts = new Map()
  for (const x of nums) {
    counts.set(x, (counts.get(x) ?? 0) + 1)
    if (counts.get(x) >= Math.floor(nums.length / 2)) return x
  }
}
