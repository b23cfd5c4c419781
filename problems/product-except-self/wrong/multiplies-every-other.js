// mistake: multiplies all the other numbers for each position: O(n^2) where O(n) is asked
function productsExceptSelf(nums) {
  return nums.map((_, i) => {
    let p = 1
    for (let j = 0; j < nums.length; j++) if (j !== i) p *= nums[j]
    return p
  })
}
