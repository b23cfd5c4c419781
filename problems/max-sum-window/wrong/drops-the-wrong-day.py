# mistake: subtracts nums[i - k + 1] instead of nums[i - k] when the window slides
def max_window_sum(nums, k):
    window = sum(nums[:k])
    best = window
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k + 1]
        best = max(best, window)
    return best
