// mistake: breaks ties by name instead of keeping the submission order
function sortJobs(jobs) {
  if (jobs.length <= 1) return [...jobs]
  const mid = Math.floor(jobs.length / 2)
  const left = sortJobs(jobs.slice(0, mid))
  const right = sortJobs(jobs.slice(mid))
  const before = (a, b) => a[1] < b[1] || (a[1] === b[1] && a[0] <= b[0])
  const merged = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    if (before(left[i], right[j])) merged.push(left[i++])
    else merged.push(right[j++])
  }
  return merged.concat(left.slice(i), right.slice(j))
}
