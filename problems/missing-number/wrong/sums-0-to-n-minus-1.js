// mistake: takes the expected total as 0 + ... + (n - 1), the length of nums, instead of 0 + ... + n
function missingNumber(nums) {
  const n = nums.length
  let total = (n * (n - 1)) / 2
  for (const x of nums) total -= x
  return total
}
