# mistake: on a mismatch copies only the cell above (drop a character of a), never the one to the left (drop one of b)
def lcs_length(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else prev[j + 1])
        prev = cur
    return prev[-1]
