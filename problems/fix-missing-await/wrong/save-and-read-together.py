# mistake: runs the save and the read at the same time with gather: the quicker read sees the old record
import asyncio


async def rename_user(store, user_id, new_name):
    user = await store.get(user_id)
    if user is None:
        return None
    user["name"] = new_name
    _, saved = await asyncio.gather(store.set(user_id, user), store.get(user_id))
    return saved
