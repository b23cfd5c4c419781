// mistake: forgets the missing user: setting a property of null throws a TypeError
async function renameUser(store, userId, newName) {
  const user = await store.get(userId)
  user.name = newName
  await store.set(userId, user)
  return await store.get(userId)
}
