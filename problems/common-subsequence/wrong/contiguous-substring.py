# mistake: resets the count on a mismatch, which measures the longest common substring (contiguous), not subsequence
def lcs_length(a, b):
    best = 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else 0)
        best = max(best, max(cur))
        prev = cur
    return best
