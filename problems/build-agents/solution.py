def agents_needed(jobs):
    starts = sorted(s for s, _ in jobs)
    ends = sorted(e for _, e in jobs)
    agents = 0
    free = 0  # how many of the earliest ends have already freed their agent
    for s in starts:
        if free < len(ends) and ends[free] <= s:
            free += 1  # reuse the agent whose job ended first
        else:
            agents += 1
    return agents
