function subsets(nums) {
  let result = [[]]
  for (const x of nums) result = result.concat(result.map((s) => [...s, x]))
  return result
}
