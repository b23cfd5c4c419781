# mistake: breaks ties by name instead of keeping the submission order
def sort_jobs(jobs):
    if len(jobs) <= 1:
        return list(jobs)
    mid = len(jobs) // 2
    left, right = sort_jobs(jobs[:mid]), sort_jobs(jobs[mid:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if (left[i][1], left[i][0]) <= (right[j][1], right[j][0]):
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    return merged + left[i:] + right[j:]
