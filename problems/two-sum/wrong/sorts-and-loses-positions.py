# mistake: sorts the amounts for a two-pointer search and returns positions in the sorted list, not in nums
def two_sum(nums, target):
    values = sorted(nums)
    i, j = 0, len(values) - 1
    while i < j:
        total = values[i] + values[j]
        if total == target:
            return [i, j]
        if total < target:
            i += 1
        else:
            j -= 1
