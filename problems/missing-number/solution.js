function missingNumber(nums) {
  const n = nums.length
  let total = (n * (n + 1)) / 2
  for (const x of nums) total -= x
  return total
}
