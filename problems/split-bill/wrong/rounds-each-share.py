# mistake: rounds each share to the nearest cent, so the parts can add up to a cent more or less than the bill
def split_bill(total, shares):
    s = sum(shares)
    return [round(total * w / s) for w in shares]
