# mistake: squares each element in place order, forgetting that squaring negatives breaks the order
def sorted_squares(nums):
    return [x * x for x in nums]
