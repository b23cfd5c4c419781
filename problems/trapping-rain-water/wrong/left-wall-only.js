// mistake: fills every position up to the tallest wall on its left, ignoring that water runs off on the right
function trappedWater(heights) {
  let water = 0
  let best = 0
  for (const h of heights) {
    best = Math.max(best, h)
    water += best - h
  }
  return water
}
