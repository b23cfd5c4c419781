# mistake: the merge takes the right-hand job when priorities are equal, so equal jobs can swap (not stable)
def sort_jobs(jobs):
    if len(jobs) <= 1:
        return list(jobs)
    mid = len(jobs) // 2
    left, right = sort_jobs(jobs[:mid]), sort_jobs(jobs[mid:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i][1] < right[j][1]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
