// mistake: answers prefix[j] - prefix[i], which leaves out nums[j]
function rangeSums(nums, queries) {
  const prefix = [0]
  for (const x of nums) prefix.push(prefix[prefix.length - 1] + x)
  return queries.map(([i, j]) => prefix[j] - prefix[i])
}
