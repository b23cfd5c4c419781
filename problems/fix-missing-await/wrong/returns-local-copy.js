// mistake: awaits the save but returns its own copy, whose version the store never set
async function renameUser(store, userId, newName) {
  const user = await store.get(userId)
  if (user === null) return null
  user.name = newName
  await store.set(userId, user)
  return user
}
