# mistake: rounds every share down and never hands out the missing cents
def split_bill(total, shares):
    s = sum(shares)
    amounts = [total * w // s for w in shares]
    remainders = [total * w % s for w in shares]
    missing = 0
    # sorted is stable: equal remainders keep their index order
    for i in sorted(range(len(shares)), key=lambda i: -remainders[i])[:missing]:
        amounts[i] += 1
    return amounts
