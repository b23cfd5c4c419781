# mistake: treats a booking that starts exactly when the previous one ends as a conflict
def fewest_cancellations(bookings):
    kept = 0
    last_end = None
    for start, end in sorted(bookings, key=lambda b: b[1]):
        if last_end is None or start > last_end:
            kept += 1
            last_end = end
    return len(bookings) - kept
