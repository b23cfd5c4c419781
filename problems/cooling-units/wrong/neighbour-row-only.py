# mistake: checks the diagonal only against the unit in the row just above, not against every earlier row
def count_layouts(n):
    placed = []

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in placed:
                continue
            if placed and abs(placed[-1] - c) == 1:
                continue
            placed.append(c)
            total += place(row + 1)
            placed.pop()
        return total

    return place(0)
