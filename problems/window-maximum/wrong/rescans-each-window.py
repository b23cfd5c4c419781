# mistake: takes max() of every window: O(n * k) where O(n) is asked
def window_maxima(nums, k):
    return [max(nums[i:i + k]) for i in range(len(nums) - k + 1)]
