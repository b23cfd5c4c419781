// mistake: compares every snapshot with the first one instead of with the one just before it
function flagFlips(snapshots) {
  let flips = 0
  for (let i = 1; i < snapshots.length; i++) {
    let changed = snapshots[0] ^ snapshots[i]
    while (changed) {
      changed &= changed - 1
      flips++
    }
  }
  return flips
}
