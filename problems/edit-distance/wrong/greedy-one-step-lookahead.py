# mistake: walks both strings and on a mismatch picks delete, insert or replace by peeking one character ahead, greedily
def edit_distance(a, b):
    i = j = edits = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
        elif i + 1 < len(a) and a[i + 1] == b[j]:
            i += 1
            edits += 1
        elif j + 1 < len(b) and a[i] == b[j + 1]:
            j += 1
            edits += 1
        else:
            i += 1
            j += 1
            edits += 1
    return edits + (len(a) - i) + (len(b) - j)
