import asyncio


async def run_limited(tasks, limit):
    results = [None] * len(tasks)
    next_index = 0

    async def runner():
        nonlocal next_index
        while next_index < len(tasks):
            i = next_index
            next_index += 1
            results[i] = await tasks[i]()

    await asyncio.gather(*(runner() for _ in range(min(limit, len(tasks)))))
    return results
