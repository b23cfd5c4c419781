# mistake: moves the left edge at most once per new day (if instead of while), so the window is not shrunk far enough
def shortest_at_least(nums, target):
    best = len(nums) + 1
    left = total = 0
    for right, x in enumerate(nums):
        total += x
        if total >= target:
            best = min(best, right - left + 1)
            total -= nums[left]
            left += 1
    return best if best <= len(nums) else 0
