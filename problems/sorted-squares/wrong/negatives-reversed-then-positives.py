# mistake: reverses the squared negatives and appends the squared non-negatives without merging the two runs
def sorted_squares(nums):
    negatives = [x * x for x in nums if x < 0]
    rest = [x * x for x in nums if x >= 0]
    return negatives[::-1] + rest
