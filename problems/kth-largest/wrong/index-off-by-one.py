# mistake: sorts from the largest down but takes index k, one place too far
def kth_largest(nums, k):
    return sorted(nums, reverse=True)[min(k, len(nums) - 1)]
