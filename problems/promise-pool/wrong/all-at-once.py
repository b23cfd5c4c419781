# mistake: starts every task at once with gather and ignores the limit
import asyncio


async def run_limited(tasks, limit):
    return list(await asyncio.gather(*(task() for task in tasks)))
