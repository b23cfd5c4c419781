function flagFlips(snapshots) {
  let flips = 0
  for (let i = 1; i < snapshots.length; i++) {
    let changed = snapshots[i - 1] ^ snapshots[i] // a 1 bit for every flag that differs
    while (changed) {
      changed &= changed - 1 // clears the lowest 1 bit
      flips++
    }
  }
  return flips
}
