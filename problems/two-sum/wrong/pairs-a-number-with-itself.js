// mistake: stores each amount before looking for its complement, so an amount equal to half of target pairs with itself
function twoSum(nums, target) {
  const seen = new Map()
  for (let i = 0; i < nums.length; i++) {
    const need = target - nums[i]
    seen.set(nums[i], i)
    if (seen.has(need)) return [seen.get(need), i]
  }
}
