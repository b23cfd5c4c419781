// mistake: answers prefix[j + 1] - prefix[i + 1], which leaves out nums[i]
function rangeSums(nums, queries) {
  const prefix = [0]
  for (const x of nums) prefix.push(prefix[prefix.length - 1] + x)
  return queries.map(([i, j]) => prefix[j + 1] - prefix[i + 1])
}
