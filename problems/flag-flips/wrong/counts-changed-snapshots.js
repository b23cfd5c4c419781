// mistake: counts the snapshots that differ from the previous one, not how many flags differ
function flagFlips(snapshots) {
  let n = 0
  for (let i = 1; i < snapshots.length; i++) if (snapshots[i] !== snapshots[i - 1]) n++
  return n
}
