// mistake: compares the strings position by position and adds the length difference, so one inserted character shifts everything
function editDistance(a, b) {
  let d = Math.abs(a.length - b.length)
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) d++
  return d
}
