// mistake: sorts, then compares neighbours but stops one pair early, so a repeat of the largest value is missed
function hasDuplicate(nums) {
  const s = [...nums].sort((a, b) => a - b)
  for (let i = 1; i < s.length - 1; i++) if (s[i] === s[i - 1]) return true
  return false
}
