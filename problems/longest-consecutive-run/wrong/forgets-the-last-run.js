// mistake: records a run's length only when the run breaks, so a run that reaches the largest value is never recorded
function longestRun(nums) {
  const s = [...new Set(nums)].sort((a, b) => a - b)
  let best = 0
  let run = 1
  for (let i = 1; i < s.length; i++) {
    if (s[i] === s[i - 1] + 1) run++
    else {
      best = Math.max(best, run)
      run = 1
    }
  }
  return s.length ? best : 0
}
