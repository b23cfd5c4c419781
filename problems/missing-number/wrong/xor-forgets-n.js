// mistake: XORs the values with the indices 0..n-1 but forgets to XOR in n itself
function missingNumber(nums) {
  let x = 0
  for (let i = 0; i < nums.length; i++) x ^= i ^ nums[i]
  return x
}
