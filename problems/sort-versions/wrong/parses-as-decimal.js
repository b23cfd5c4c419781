// mistake: reads "major.minor" as a decimal number, so 1.10 == 1.1 < 1.9
function sortVersions(versions) {
  const key = (v) => {
    const parts = v.split('.')
    return parseFloat(parts[0] + '.' + (parts[1] ?? '0'))
  }
  return [...versions].sort((a, b) => key(a) - key(b))
}
