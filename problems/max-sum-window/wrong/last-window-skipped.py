# mistake: stops the sliding loop one step early, so the window ending at the last day is never counted
def max_window_sum(nums, k):
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums) - 1):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
