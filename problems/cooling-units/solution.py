def count_layouts(n):
    cols, down, up = set(), set(), set()

    def place(row):
        if row == n:
            return 1
        total = 0
        for c in range(n):
            if c in cols or row - c in down or row + c in up:
                continue
            cols.add(c); down.add(row - c); up.add(row + c)
            total += place(row + 1)
            cols.remove(c); down.remove(row - c); up.remove(row + c)
        return total

    return place(0)
