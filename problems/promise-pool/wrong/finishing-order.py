# mistake: appends each result when its task finishes, so results come back in finishing order
import asyncio


async def run_limited(tasks, limit):
    results = []
    gate = asyncio.Semaphore(limit)

    async def one(task):
        async with gate:
            results.append(await task())

    await asyncio.gather(*(one(task) for task in tasks))
    return results
