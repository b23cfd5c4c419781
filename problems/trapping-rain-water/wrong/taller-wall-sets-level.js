// mistake: uses the taller of the two side maxima as the water level instead of the shorter one
function trappedWater(heights) {
  const n = heights.length
  const left = new Array(n).fill(0)
  const right = new Array(n).fill(0)
  for (let i = 0; i < n; i++) left[i] = Math.max(i ? left[i - 1] : 0, heights[i])
  for (let i = n - 1; i >= 0; i--) right[i] = Math.max(i < n - 1 ? right[i + 1] : 0, heights[i])
  let water = 0
  for (let i = 0; i < n; i++) water += Math.max(left[i], right[i]) - heights[i]
  return water
}
