# mistake: assumes the two lines of a request are next to each other and compares neighbours two by two
def unmatched_request(ids):
    for i in range(0, len(ids) - 1, 2):
        if ids[i] != ids[i + 1]:
            return ids[i]
    return ids[-1]
