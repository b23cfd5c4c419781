# mistake: keys the diagonals by abs(row - col), which lumps two different diagonals together
def count_layouts(n):
    cols, down, up = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or abs(row - c) in down or row + c in up:
                continue
            cols.add(c); down.add(abs(row - c)); up.add(row + c)
            total += place(row + 1)
            cols.remove(c); down.remove(abs(row - c)); up.remove(row + c)
        return total

    return place(0)
