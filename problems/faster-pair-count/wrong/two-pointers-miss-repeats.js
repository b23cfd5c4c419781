// mistake: sorts and meets in the middle, moving both pointers after a match, so repeated values are paired only once
function countPairs(nums, target) {
  const s = [...nums].sort((a, b) => a - b)
  let lo = 0
  let hi = s.length - 1
  let count = 0
  while (lo < hi) {
    const total = s[lo] + s[hi]
    if (total === target) {
      count++
      lo++
      hi--
    } else if (total < target) lo++
    else hi--
  }
  return count
}
