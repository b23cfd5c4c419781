# mistake: saves a record with only the name, dropping the user's other fields
async def rename_user(store, user_id, new_name):
    user = await store.get(user_id)
    if user is None:
        return None
    await store.set(user_id, {"name": new_name})
    return await store.get(user_id)
