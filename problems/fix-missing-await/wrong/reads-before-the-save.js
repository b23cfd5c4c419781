// mistake: reads the record back before awaiting the save, so it returns the old one
async function renameUser(store, userId, newName) {
  const user = await store.get(userId)
  if (user === null) return null
  user.name = newName
  const saved = await store.get(userId)
  await store.set(userId, user)
  return saved
}
