// mistake: sorts and returns the first index whose value differs, but finds nothing when the missing ticket is n
function missingNumber(nums) {
  const sorted = [...nums].sort((a, b) => a - b)
  for (let i = 0; i < sorted.length; i++) if (sorted[i] !== i) return i
  return -1
}
