// mistake: reverses the squared negatives and appends the squared non-negatives without merging the two runs
function sortedSquares(nums) {
  const negatives = nums.filter((x) => x < 0).map((x) => x * x)
  const rest = nums.filter((x) => x >= 0).map((x) => x * x)
  return negatives.reverse().concat(rest)
}
