// mistake: counts only flags that were switched on, missing the ones switched off
function flagFlips(snapshots) {
  let flips = 0
  for (let i = 1; i < snapshots.length; i++) {
    let on = snapshots[i] & ~snapshots[i - 1]
    while (on) {
      flips += on & 1
      on >>>= 1
    }
  }
  return flips
}
