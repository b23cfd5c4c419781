// mistake: returns the two amounts instead of their positions
function twoSum(nums, target) {
  const seen = new Map()
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i]
    if (seen.has(need)) return [need, nums[i]]
    seen.set(nums[i], i)
  }
}
