# mistake: starts the table's first row at 0 instead of 0, 1, 2, ..., as if building b's prefixes from nothing were free
def edit_distance(a, b):
    prev = [0] * (len(b) + 1)
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            if x == y:
                cur.append(prev[j - 1])
            else:
                cur.append(1 + min(cur[j - 1], prev[j], prev[j - 1]))
        prev = cur
    return prev[-1]
