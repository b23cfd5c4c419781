// mistake: runs the save and the read at the same time with Promise.all: the quicker read sees the old record
async function renameUser(store, userId, newName) {
  const user = await store.get(userId)
  if (user === null) return null
  user.name = newName
  const [, saved] = await Promise.all([store.set(userId, user), store.get(userId)])
  return saved
}
