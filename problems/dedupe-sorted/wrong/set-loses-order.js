// mistake: drops repeats through an object's keys, which list integer-like keys first in ascending order and negative ones last
function dedupeSorted(nums) {
  const seen = {}
  for (const x of nums) seen[x] = true
  return Object.keys(seen).map(Number)
}
