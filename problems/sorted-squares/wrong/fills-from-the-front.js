// mistake: compares the two ends but fills the result from the front with the smaller square, though the smallest square is in the middle
function sortedSquares(nums) {
  const result = []
  let i = 0
  let j = nums.length - 1
  while (i <= j) {
    if (Math.abs(nums[i]) < Math.abs(nums[j])) result.push(nums[i] * nums[i++])
    else result.push(nums[j] * nums[j--])
  }
  return result
}
