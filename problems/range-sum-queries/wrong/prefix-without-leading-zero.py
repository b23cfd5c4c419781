# mistake: builds inclusive running totals without a leading 0 and subtracts prefix[i - 1], which is not the empty sum when i = 0
def range_sums(nums, queries):
    prefix = []
    total = 0
    for x in nums:
        total += x
        prefix.append(total)
    return [prefix[j] - prefix[i - 1] for i, j in queries]
