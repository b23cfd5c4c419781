# mistake: sorts by start and keeps whatever starts first, so one long early booking blocks many short ones
def fewest_cancellations(bookings):
    kept = 0
    last_end = None
    for start, end in sorted(bookings):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(bookings) - kept
