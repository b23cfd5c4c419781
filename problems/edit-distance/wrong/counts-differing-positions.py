# mistake: compares the strings position by position and adds the length difference, so one inserted character shifts everything
def edit_distance(a, b):
    return sum(1 for x, y in zip(a, b) if x != y) + abs(len(a) - len(b))
