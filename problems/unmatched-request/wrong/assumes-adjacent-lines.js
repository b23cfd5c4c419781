// mistake: assumes the two lines of a request are next to each other and compares neighbours two by two
function unmatchedRequest(ids) {
  for (let i = 0; i + 1 < ids.length; i += 2) if (ids[i] !== ids[i + 1]) return ids[i]
  return ids[ids.length - 1]
}
