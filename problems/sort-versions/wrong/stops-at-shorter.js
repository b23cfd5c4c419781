// mistake: compares only as many parts as the shorter version has, so "1.2" and "1.2.5" look equal
function sortVersions(versions) {
  const cmp = (a, b) => {
    const pa = a.split('.').map(Number)
    const pb = b.split('.').map(Number)
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]
    return 0
  }
  return [...versions].sort(cmp)
}
