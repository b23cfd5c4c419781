# mistake: only compares windows after sliding, so the first window (and k = len(nums)) is never a candidate
def max_window_sum(nums, k):
    window = sum(nums[:k])
    best = float('-inf')
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
