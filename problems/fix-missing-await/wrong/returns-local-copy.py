# mistake: awaits the save but returns its own copy, whose version the store never set
async def rename_user(store, user_id, new_name):
    user = await store.get(user_id)
    if user is None:
        return None
    user["name"] = new_name
    await store.set(user_id, user)
    return user
