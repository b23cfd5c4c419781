# mistake: an agent whose job ends at second t is not reused for a job starting at t
def agents_needed(jobs):
    starts = sorted(s for s, _ in jobs)
    ends = sorted(e for _, e in jobs)
    agents = free = 0
    for s in starts:
        if free < len(ends) and ends[free] < s:
            free += 1
        else:
            agents += 1
    return agents
