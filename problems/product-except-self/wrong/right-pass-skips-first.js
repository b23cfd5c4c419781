// mistake: stops the right-to-left pass before index 0, so the first element never gets the product of what follows it
function productsExceptSelf(nums) {
  const result = new Array(nums.length).fill(1)
  let left = 1
  for (let i = 0; i < nums.length; i++) {
    result[i] = left
    left *= nums[i]
  }
  let right = 1
  for (let i = nums.length - 1; i > 0; i--) {
    result[i] *= right
    right *= nums[i]
  }
  return result
}
