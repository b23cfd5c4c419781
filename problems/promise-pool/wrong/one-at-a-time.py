# mistake: awaits each task before starting the next: right results, but never uses the limit
async def run_limited(tasks, limit):
    results = []
    for task in tasks:
        results.append(await task())
    return results
