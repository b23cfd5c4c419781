# mistake: scans the list from the start: right answers, but O(n) per search where O(log n) is asked
def search(nums, target):
    for i, x in enumerate(nums):
        if x == target:
            return i
    return -1
