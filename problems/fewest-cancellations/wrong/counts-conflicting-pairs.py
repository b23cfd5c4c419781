# mistake: counts the pairs of bookings that conflict, not the bookings to cancel
def fewest_cancellations(bookings):
    pairs = 0
    for i in range(len(bookings)):
        for j in range(i + 1, len(bookings)):
            a, b = bookings[i], bookings[j]
            if a[0] < b[1] and b[0] < a[1]:
                pairs += 1
    return pairs
