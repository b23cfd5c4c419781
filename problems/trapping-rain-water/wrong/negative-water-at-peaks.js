// mistake: takes the tallest wall on each side excluding the current one and never clamps at 0, so a peak adds negative water
function trappedWater(heights) {
  let water = 0
  for (let i = 0; i < heights.length; i++) {
    const left = Math.max(0, ...heights.slice(0, i))
    const right = Math.max(0, ...heights.slice(i + 1))
    water += Math.min(left, right) - heights[i]
  }
  return water
}
