function majority(nums) {
  let candidate = null
  let votes = 0
  for (const x of nums) {
    if (votes === 0) candidate = x
    votes += x === candidate ? 1 : -1
  }
  return candidate
}
