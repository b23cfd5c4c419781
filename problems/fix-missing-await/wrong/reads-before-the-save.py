# mistake: reads the record back before awaiting the save, so it returns the old one
async def rename_user(store, user_id, new_name):
    user = await store.get(user_id)
    if user is None:
        return None
    user["name"] = new_name
    saved = await store.get(user_id)
    await store.set(user_id, user)
    return saved
