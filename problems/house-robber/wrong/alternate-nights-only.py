# mistake: only compares "every even night" with "every odd night", but the best choice can skip two nights in a row
def max_loot(values):
    return max(sum(values[0::2]), sum(values[1::2]))
