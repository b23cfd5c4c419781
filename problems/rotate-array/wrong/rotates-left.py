# mistake: rotates to the left: the first k elements move to the back
def rotate(nums, k):
    if not nums:
        return []
    k %= len(nums)
    return nums[k:] + nums[:k]
