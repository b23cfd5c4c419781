# mistake: sorts, then compares neighbours but stops one pair early, so a repeat of the largest value is missed
def has_duplicate(nums):
    s = sorted(nums)
    for i in range(1, len(s) - 1):
        if s[i] == s[i - 1]:
            return True
    return False
