# mistake: ranks the distinct values, so equal times are counted once instead of separately
def kth_largest(nums, k):
    return sorted(set(nums), reverse=True)[k - 1]
