// mistake: sorts and extends the run only when the next value is exactly one more, so a repeated value resets the run
function longestRun(nums) {
  if (nums.length === 0) return 0
  const s = [...nums].sort((a, b) => a - b)
  let best = 1
  let run = 1
  for (let i = 1; i < s.length; i++) {
    run = s[i] === s[i - 1] + 1 ? run + 1 : 1
    best = Math.max(best, run)
  }
  return best
}
