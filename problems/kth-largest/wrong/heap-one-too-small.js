// mistake: keeps a sorted "top" list but trims it as soon as it holds k values, so it keeps only the k - 1 largest
function kthLargest(nums, k) {
  const top = []
  for (const x of nums) {
    top.push(x)
    top.sort((a, b) => a - b)
    if (top.length >= k && top.length > 1) top.shift()
  }
  return top[0]
}
