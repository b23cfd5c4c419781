// mistake: loops while i < j, so the last element (where the two pointers meet) is never written
function sortedSquares(nums) {
  const result = new Array(nums.length).fill(0)
  let i = 0
  let j = nums.length - 1
  let k = nums.length - 1
  while (i < j) {
    if (Math.abs(nums[i]) > Math.abs(nums[j])) result[k--] = nums[i] * nums[i++]
    else result[k--] = nums[j] * nums[j--]
  }
  return result
}
