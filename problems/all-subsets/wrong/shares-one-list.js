// mistake: backtracking pushes the one path array it keeps mutating, so every saved subset ends up empty
function subsets(nums) {
  const result = []
  const path = []
  function walk(i) {
    if (i === nums.length) {
      result.push(path)
      return
    }
    walk(i + 1)
    path.push(nums[i])
    walk(i + 1)
    path.pop()
  }
  walk(0)
  return result
}
