# mistake: forgets the missing user: subscripting None raises TypeError
async def rename_user(store, user_id, new_name):
    user = await store.get(user_id)
    user["name"] = new_name
    await store.set(user_id, user)
    return await store.get(user_id)
