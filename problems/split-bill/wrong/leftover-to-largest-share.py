# mistake: gives the missing cents to the people with the most shares instead of the largest remainders
def split_bill(total, shares):
    s = sum(shares)
    amounts = [total * w // s for w in shares]
    remainders = [total * w % s for w in shares]
    missing = total - sum(amounts)
    # sorted is stable: equal remainders keep their index order
    for i in sorted(range(len(shares)), key=lambda i: -shares[i])[:missing]:
        amounts[i] += 1
    return amounts
