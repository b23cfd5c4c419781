// mistake: tests the stored id for truth, so an id of 0 seen before looks unseen and is never paired off
function unmatchedRequest(ids) {
  const open = new Map()
  for (const id of ids) {
    if (open.get(id)) open.delete(id)
    else open.set(id, id)
  }
  return open.keys().next().value
}
