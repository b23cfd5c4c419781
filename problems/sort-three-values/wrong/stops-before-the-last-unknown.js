// mistake: loops while mid < high, so the last unexamined element (where mid meets high) is never placed
function sortColors(nums) {
  const swap = (i, j) => ([nums[i], nums[j]] = [nums[j], nums[i]])
  let low = 0
  let mid = 0
  let high = nums.length - 1
  while (mid < high) {
    if (nums[mid] === 0) swap(low++, mid++)
    else if (nums[mid] === 2) swap(mid, high--)
    else mid++
  }
  return nums
}
