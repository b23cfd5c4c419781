function trappedWater(heights) {
  let i = 0
  let j = heights.length - 1
  let leftMax = 0
  let rightMax = 0
  let water = 0
  while (i < j) {
    if (heights[i] < heights[j]) {
      leftMax = Math.max(leftMax, heights[i])
      water += leftMax - heights[i++]
    } else {
      rightMax = Math.max(rightMax, heights[j])
      water += rightMax - heights[j--]
    }
  }
  return water
}
