// mistake: adds the value to the set before asking whether it was seen, so every value looks like a repeat
function hasDuplicate(nums) {
  const seen = new Set()
  for (const x of nums) {
    seen.add(x)
    if (seen.has(x)) return true
  }
  return false
}
