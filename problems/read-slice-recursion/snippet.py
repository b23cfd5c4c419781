def total(amounts):
    if not amounts:
        return 0
    return amounts[0] + total(amounts[1:])
