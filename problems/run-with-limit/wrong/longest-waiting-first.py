# mistake: starts the step that has been ready the longest instead of the one first in the list
def schedule(tasks, limit):
    result = [None] * len(tasks)
    ready_since = {}
    finished = set()
    running = []
    t = 0
    while len(finished) < len(tasks):
        for i, task in enumerate(tasks):
            if result[i] is None and i not in ready_since and all(dep in finished for dep in task['after']):
                ready_since[i] = t
        for i in sorted((i for i in ready_since if result[i] is None), key=lambda i: (ready_since[i], i)):
            if len(running) == limit:
                break
            result[i] = [tasks[i]['id'], t, t + tasks[i]['duration']]
            running.append((t + tasks[i]['duration'], i))
        t = min(end for end, _ in running)
        finished.update(tasks[i]['id'] for end, i in running if end == t)
        running = [(end, i) for end, i in running if end != t]
    return result
