function compareVersions(a, b) {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0 // a missing part counts as 0
    const y = pb[i] ?? 0
    if (x !== y) return x < y ? -1 : 1
  }
  return 0
}

function sortVersions(versions) {
  // Array.prototype.sort is stable: versions that compare equal keep their input order.
  return [...versions].sort(compareVersions)
}
