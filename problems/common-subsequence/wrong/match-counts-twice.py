# mistake: on a match adds 1 to the cell above instead of the diagonal, so one character of b is matched again and again
def lcs_length(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j + 1] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]
