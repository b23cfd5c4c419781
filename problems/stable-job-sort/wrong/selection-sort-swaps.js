// mistake: a selection sort that swaps the smallest job into place, which can jump a job over an equal one (not stable)
function sortJobs(jobs) {
  const out = [...jobs]
  for (let i = 0; i < out.length; i++) {
    let smallest = i
    for (let j = i + 1; j < out.length; j++) if (out[j][1] < out[smallest][1]) smallest = j
    ;[out[i], out[smallest]] = [out[smallest], out[i]]
  }
  return out
}
