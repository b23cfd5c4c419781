# mistake: records a run's length only when the run breaks, so a run that reaches the largest value is never recorded
def longest_run(nums):
    s = sorted(set(nums))
    best = 0
    run = 1
    for i in range(1, len(s)):
        if s[i] == s[i - 1] + 1:
            run += 1
        else:
            best = max(best, run)
            run = 1
    return best if s else 0
