// mistake: squares each element in place order, forgetting that squaring negatives breaks the order
function sortedSquares(nums) {
  return nums.map((x) => x * x)
}
