// mistake: writes a value when it differs from the next one, and the loop stops before the last value is written
function dedupeSorted(nums) {
  let k = 0
  for (let i = 0; i < nums.length - 1; i++) {
    if (nums[i] !== nums[i + 1]) nums[k++] = nums[i]
  }
  return nums.slice(0, k)
}
