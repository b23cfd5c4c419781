# mistake: a selection sort that swaps the smallest job into place, which can jump a job over an equal one (not stable)
def sort_jobs(jobs):
    out = list(jobs)
    for i in range(len(out)):
        smallest = i
        for j in range(i + 1, len(out)):
            if out[j][1] < out[smallest][1]:
                smallest = j
        out[i], out[smallest] = out[smallest], out[i]
    return out
