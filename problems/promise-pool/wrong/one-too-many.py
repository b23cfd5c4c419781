# mistake: off by one in the semaphore: lets limit + 1 tasks run at once
import asyncio


async def run_limited(tasks, limit):
    gate = asyncio.Semaphore(limit + 1)

    async def one(task):
        async with gate:
            return await task()

    return list(await asyncio.gather(*(one(task) for task in tasks)))
