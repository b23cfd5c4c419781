// mistake: returns the current position first, so the pair comes out in the wrong order
function twoSum(nums, target) {
  const seen = new Map()
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i]
    if (seen.has(need)) return [i, seen.get(need)]
    seen.set(nums[i], i)
  }
}
