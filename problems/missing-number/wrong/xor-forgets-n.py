# mistake: XORs the values with the indices 0..n-1 but forgets to XOR in n itself
def missing_number(nums):
    x = 0
    for i, v in enumerate(nums):
        x ^= i ^ v
    return x
