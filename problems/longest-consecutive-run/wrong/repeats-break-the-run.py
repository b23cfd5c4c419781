# mistake: sorts and extends the run only when the next value is exactly one more, so a repeated value resets the run
def longest_run(nums):
    if not nums:
        return 0
    s = sorted(nums)
    best = run = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1] + 1:
            run += 1
        else:
            run = 1
        best = max(best, run)
    return best
