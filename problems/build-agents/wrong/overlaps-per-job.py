# mistake: takes the most jobs overlapping any one job, but jobs that overlap the same job need not overlap each other
def agents_needed(jobs):
    best = 0
    for a in jobs:
        count = sum(1 for b in jobs if b[0] < a[1] and a[0] < b[1])
        best = max(best, count)
    return best
