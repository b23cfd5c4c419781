// mistake: forgets the await on the first read: a promise is never null, and its name is not the user's
async function renameUser(store, userId, newName) {
  const user = store.get(userId)
  if (user === null) return null
  user.name = newName
  await store.set(userId, user)
  return await store.get(userId)
}
