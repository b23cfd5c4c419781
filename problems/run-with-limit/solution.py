def schedule(tasks, limit):
    result = [None] * len(tasks)
    finished = set()
    running = []  # (finish time, position)
    t = 0
    while len(finished) < len(tasks):
        for i, task in enumerate(tasks):
            if len(running) == limit:
                break
            if result[i] is None and all(dep in finished for dep in task['after']):
                result[i] = [task['id'], t, t + task['duration']]
                running.append((t + task['duration'], i))
        t = min(end for end, _ in running)
        finished.update(tasks[i]['id'] for end, i in running if end == t)
        running = [(end, i) for end, i in running if end != t]
    return result
