# mistake: uses the three-reversals trick with the second range one element too long (0..k instead of 0..k-1)
def rotate(nums, k):
    out = list(nums)
    n = len(out)
    if n == 0:
        return out
    k %= n

    def reverse(i, j):
        while i < j:
            out[i], out[j] = out[j], out[i]
            i += 1
            j -= 1

    reverse(0, n - 1)
    reverse(0, k)
    reverse(k + 1, n - 1)
    return out
