# mistake: after the merge loop it appends what is left of the left half only, losing the rest of the right half
def sort_jobs(jobs):
    if len(jobs) <= 1:
        return list(jobs)
    mid = len(jobs) // 2
    left, right = sort_jobs(jobs[:mid]), sort_jobs(jobs[mid:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i][1] <= right[j][1]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:]
