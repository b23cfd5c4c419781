# mistake: returns the steps in the order they started instead of the order of the input list
def schedule(tasks, limit):
    started = []
    finished = set()
    running = []
    t = 0
    while len(finished) < len(tasks):
        begun = {entry[0] for entry in started}
        for task in tasks:
            if len(running) == limit:
                break
            if task['id'] not in begun and all(dep in finished for dep in task['after']):
                started.append([task['id'], t, t + task['duration']])
                begun.add(task['id'])
                running.append((t + task['duration'], task['id']))
        t = min(end for end, _ in running)
        finished.update(task_id for end, task_id in running if end == t)
        running = [(end, task_id) for end, task_id in running if end != t]
    return started
