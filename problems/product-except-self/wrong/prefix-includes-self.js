// mistake: multiplies nums[i] into the left product before storing it, so every element includes itself
function productsExceptSelf(nums) {
  const result = new Array(nums.length).fill(1)
  let left = 1
  for (let i = 0; i < nums.length; i++) {
    left *= nums[i]
    result[i] = left
  }
  let right = 1
  for (let i = nums.length - 1; i >= 0; i--) {
    result[i] *= right
    right *= nums[i]
  }
  return result
}
