async function renameUser(store, userId, newName) {
  const user = await store.get(userId)
  if (user === null) return null
  user.name = newName
  store.set(userId, user)
  return await store.get(userId)
}
