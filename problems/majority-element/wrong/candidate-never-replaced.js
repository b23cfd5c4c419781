// mistake: keeps the first value as the candidate for good and only lets the counter go up and down
function majority(nums) {
  const candidate = nums[0]
  let votes = 0
  for (const x of nums) votes += x === candidate ? 1 : -1
  return candidate
}
