async def rename_user(store, user_id, new_name):
    user = await store.get(user_id)
    if user is None:
        return None
    user["name"] = new_name
    store.set(user_id, user)
    return await store.get(user_id)
