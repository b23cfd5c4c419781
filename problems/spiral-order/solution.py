def spiral(matrix):
    out = []
    while matrix:
        out += matrix[0]
        # Turn the rest a quarter to the left: its right column becomes the top row.
        matrix = [list(row) for row in zip(*matrix[1:])][::-1]
    return out
