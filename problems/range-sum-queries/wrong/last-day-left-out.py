# mistake: answers prefix[j] - prefix[i], which leaves out nums[j]
def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    return [prefix[j] - prefix[i] for i, j in queries]
