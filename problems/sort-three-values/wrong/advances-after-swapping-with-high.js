// mistake: moves mid forward after swapping a 2 to the back, so the value swapped in is never looked at
function sortColors(nums) {
  const swap = (i, j) => ([nums[i], nums[j]] = [nums[j], nums[i]])
  let low = 0
  let mid = 0
  let high = nums.length - 1
  while (mid <= high) {
    if (nums[mid] === 0) swap(low++, mid++)
    else if (nums[mid] === 2) swap(mid++, high--)
    else mid++
  }
  return nums
}
