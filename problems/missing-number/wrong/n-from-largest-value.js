// mistake: takes n from the largest value returned instead of from the length, so a missing n (or an empty list) goes wrong
function missingNumber(nums) {
  const n = nums.length ? Math.max(...nums) : 0
  let total = (n * (n + 1)) / 2
  for (const x of nums) total -= x
  return total
}
