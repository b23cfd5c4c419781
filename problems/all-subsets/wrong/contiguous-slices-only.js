// mistake: lists the contiguous slices nums.slice(i, j) (plus the empty one), which equal the subsets only for up to two values
function subsets(nums) {
  const result = [[]]
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j <= nums.length; j++) result.push(nums.slice(i, j))
  }
  return result
}
