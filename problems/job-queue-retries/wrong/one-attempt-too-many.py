# mistake: gives a job up only after more than max_attempts failures, so it runs one extra time
def run_jobs(jobs, workers, max_attempts, backoff):
    waiting = [(0, i) for i in range(len(jobs))]  # (ready time, position in jobs)
    running = []  # (end time, position)
    failed = [0] * len(jobs)
    log = []
    t = 0
    while waiting or running:
        waiting.sort()
        while len(running) < workers and waiting and waiting[0][0] <= t:
            _, j = waiting.pop(0)
            running.append((t + jobs[j]['duration'], j))
        upcoming = [end for end, _ in running]
        if len(running) < workers:
            upcoming += [ready for ready, _ in waiting if ready > t]
        t = min(upcoming)
        ending = sorted((jobs[j]['id'], j) for end, j in running if end == t)
        running = [(end, j) for end, j in running if end != t]
        for job_id, j in ending:
            if failed[j] >= jobs[j]['fails']:
                log.append([t, job_id, 'ok'])
                continue
            failed[j] += 1
            if failed[j] <= max_attempts:
                log.append([t, job_id, 'retry'])
                waiting.append((t + backoff * 2 ** (failed[j] - 1), j))
            else:
                log.append([t, job_id, 'dead'])
    return log
