// mistake: merges only strict overlaps, so [1, 2] and [2, 3] stay apart
function mergeIntervals(intervals) {
  const merged = []
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1]
    if (last && start < last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
