def fewest_cancellations(bookings):
    kept = 0
    last_end = None
    # Keeping the booking that frees the room earliest leaves the most room for the rest.
    for start, end in sorted(bookings, key=lambda b: b[1]):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(bookings) - kept
