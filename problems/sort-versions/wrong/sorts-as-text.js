// mistake: sorts the strings as text, so "1.10" comes before "1.9"
function sortVersions(versions) {
  return [...versions].sort()
}
