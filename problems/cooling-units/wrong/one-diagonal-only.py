# mistake: checks the diagonals going down-right but forgets the ones going up-right
def count_layouts(n):
    cols, down = set(), set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row - c in down:
                continue
            cols.add(c); down.add(row - c)
            total += place(row + 1)
            cols.remove(c); down.remove(row - c)
        return total

    return place(0)
