# mistake: divides the product of the non-zero factors by each factor, which is wrong as soon as there is a 0
def products_except_self(nums):
    total = 1
    for x in nums:
        if x != 0:
            total *= x
    return [total // x if x != 0 else total for x in nums]
