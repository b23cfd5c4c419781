# mistake: backtracking appends the one path list it keeps mutating, so every saved subset ends up empty
def subsets(nums):
    result = []
    path = []

    def walk(i):
        if i == len(nums):
            result.append(path)
            return
        walk(i + 1)
        path.append(nums[i])
        walk(i + 1)
        path.pop()

    walk(0)
    return result
