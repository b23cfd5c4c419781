# mistake: matches each character of a to its first occurrence in b after the last match, greedily
def lcs_length(a, b):
    count = 0
    pos = 0
    for x in a:
        k = b.find(x, pos)
        if k != -1:
            count += 1
            pos = k + 1
    return count
