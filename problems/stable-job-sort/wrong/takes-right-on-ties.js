// mistake: the merge takes the right-hand job when priorities are equal, so equal jobs can swap (not stable)
function sortJobs(jobs) {
  if (jobs.length <= 1) return [...jobs]
  const mid = Math.floor(jobs.length / 2)
  const left = sortJobs(jobs.slice(0, mid))
  const right = sortJobs(jobs.slice(mid))
  const merged = []
  let i = 0
  let j = 0
  while (i < left.length && j < right.length) {
    if (left[i][1] < right[j][1]) merged.push(left[i++])
    else merged.push(right[j++])
  }
  return merged.concat(left.slice(i), right.slice(j))
}
