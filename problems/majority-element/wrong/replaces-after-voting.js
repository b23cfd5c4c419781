// mistake: votes first and replaces the candidate after the counter reaches zero, so the counter can go negative and the wrong value survives
function majority(nums) {
  let candidate = null
  let votes = 0
  for (const x of nums) {
    votes += x === candidate ? 1 : -1
    if (votes === 0) candidate = x
  }
  return candidate
}
