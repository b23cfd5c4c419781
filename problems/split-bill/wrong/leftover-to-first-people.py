# mistake: hands the missing cents to the first people in the list instead of to the largest remainders
def split_bill(total, shares):
    s = sum(shares)
    amounts = [total * w // s for w in shares]
    remainders = [total * w % s for w in shares]
    missing = total - sum(amounts)
    # sorted is stable: equal remainders keep their index order
    for i in [i for i in range(len(shares)) if shares[i]][:missing]:
        amounts[i] += 1
    return amounts
