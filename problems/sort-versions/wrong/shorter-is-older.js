// mistake: compares the lists of numbers as they are, so "1.2" counts as older than "1.2.0" instead of equal
function sortVersions(versions) {
  const cmp = (a, b) => {
    const pa = a.split('.').map(Number)
    const pb = b.split('.').map(Number)
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]
    return pa.length - pb.length
  }
  return [...versions].sort(cmp)
}
