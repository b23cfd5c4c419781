# mistake: never reduces k modulo the length; negative slice ends wrap once, so only k >= 2n goes wrong
def rotate(nums, k):
    if not nums:
        return []
    return nums[len(nums) - k:] + nums[:len(nums) - k]
