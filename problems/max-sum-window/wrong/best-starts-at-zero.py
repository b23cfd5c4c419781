# mistake: starts the best total at 0, so when every run loses money it answers 0
def max_window_sum(nums, k):
    window = sum(nums[:k])
    best = 0
    best = max(best, window)
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        best = max(best, window)
    return best
