// mistake: returns k, the number of distinct values, instead of the front part of the list
function dedupeSorted(nums) {
  let k = 0
  for (const x of nums) {
    if (k === 0 || x !== nums[k - 1]) nums[k++] = x
  }
  return k
}
