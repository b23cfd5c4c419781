// mistake: divides the product of the non-zero factors by each factor, which is wrong as soon as there is a 0
function productsExceptSelf(nums) {
  let total = 1
  for (const x of nums) if (x !== 0) total *= x
  return nums.map((x) => (x !== 0 ? total / x : total))
}
