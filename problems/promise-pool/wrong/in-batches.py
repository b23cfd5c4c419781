# mistake: runs groups of `limit` and waits for the whole group before starting the next
import asyncio


async def run_limited(tasks, limit):
    results = []
    for start in range(0, len(tasks), limit):
        results.extend(await asyncio.gather(*(task() for task in tasks[start:start + limit])))
    return results
