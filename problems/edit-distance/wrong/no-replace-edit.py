# mistake: leaves out the replace edit (only inserts and deletes), so changing one character costs 2
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            if x == y:
                cur.append(prev[j - 1])
            else:
                cur.append(1 + min(cur[j - 1], prev[j]))
        prev = cur
    return prev[-1]
