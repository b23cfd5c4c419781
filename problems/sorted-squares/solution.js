function sortedSquares(nums) {
  const result = new Array(nums.length)
  let i = 0
  let j = nums.length - 1
  for (let k = nums.length - 1; k >= 0; k--) {
    if (Math.abs(nums[i]) > Math.abs(nums[j])) result[k] = nums[i] * nums[i++]
    else result[k] = nums[j] * nums[j--]
  }
  return result
}
