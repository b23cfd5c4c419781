# mistake: only checks whether the most recently added agent is free, not the one that frees up first
def agents_needed(jobs):
    busy_until = []
    for s, e in sorted(jobs):
        if busy_until and busy_until[-1] <= s:
            busy_until[-1] = e
        else:
            busy_until.append(e)
    return len(busy_until)
