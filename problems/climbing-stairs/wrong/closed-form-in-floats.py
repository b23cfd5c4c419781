# mistake: uses the closed form phi^(n+1) / sqrt(5) in floating point, which rounds wrongly for large n
def count_ways(n):
    phi = (1 + 5 ** 0.5) / 2
    return round(phi ** (n + 1) / 5 ** 0.5)
