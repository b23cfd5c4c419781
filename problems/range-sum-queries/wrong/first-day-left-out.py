# mistake: answers prefix[j + 1] - prefix[i + 1], which leaves out nums[i]
def range_sums(nums, queries):
    prefix = [0]
    for x in nums:
        prefix.append(prefix[-1] + x)
    return [prefix[j + 1] - prefix[i + 1] for i, j in queries]
