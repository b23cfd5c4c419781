# mistake: takes the largest remainders from the end of an ascending sort, so ties go to later people
def split_bill(total, shares):
    s = sum(shares)
    amounts = [total * w // s for w in shares]
    remainders = [total * w % s for w in shares]
    missing = total - sum(amounts)
    # sorted is stable: equal remainders keep their index order
    for i in sorted(range(len(shares)), key=lambda i: remainders[i])[len(shares) - missing:]:
        amounts[i] += 1
    return amounts
