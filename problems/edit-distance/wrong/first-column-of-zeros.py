# mistake: starts each row at 0 instead of i, as if deleting the first i characters of a were free
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            if x == y:
                cur.append(prev[j - 1])
            else:
                cur.append(1 + min(cur[j - 1], prev[j], prev[j - 1]))
        prev = cur
    return prev[-1]
