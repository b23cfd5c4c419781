// mistake: sorts by end instead of start, so a long block that starts earlier comes after a short one inside it
function mergeIntervals(intervals) {
  const merged = []
  for (const [start, end] of [...intervals].sort((a, b) => a[1] - b[1])) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}
