// mistake: starts high at len(nums) instead of len(nums) - 1
function sortColors(nums) {
  const swap = (i, j) => ([nums[i], nums[j]] = [nums[j], nums[i]])
  let low = 0
  let mid = 0
  let high = nums.length
  while (mid < high) {
    if (nums[mid] === 0) swap(low++, mid++)
    else if (nums[mid] === 2) swap(mid, high--)
    else mid++
  }
  return nums
}
