# mistake: multiplies all the other numbers for each position: O(n^2) where O(n) is asked
def products_except_self(nums):
    out = []
    for i in range(len(nums)):
        p = 1
        for j, x in enumerate(nums):
            if j != i:
                p *= x
        out.append(p)
    return out
