# mistake: compares each booking with the one just before it in end order, even when that one was cancelled
def fewest_cancellations(bookings):
    ordered = sorted(bookings, key=lambda b: b[1])
    cancelled = 0
    for i in range(1, len(ordered)):
        if ordered[i][0] < ordered[i - 1][1]:
            cancelled += 1
    return cancelled
