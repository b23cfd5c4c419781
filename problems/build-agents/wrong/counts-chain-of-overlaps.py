# mistake: adds an agent whenever a job overlaps the one before it in start order, never giving agents back
def agents_needed(jobs):
    if not jobs:
        return 0
    ordered = sorted(jobs)
    agents = 1
    for i in range(1, len(ordered)):
        if ordered[i][0] < ordered[i - 1][1]:
            agents += 1
    return agents
