# mistake: only flushes a pending run when a later event arrives, so the final run never happens
def debounce(events, wait):
    calls = []
    pending = None  # (time the timer runs out, value)
    for time, value in events:
        if pending is not None and pending[0] <= time:
            calls.append([pending[0], pending[1]])
        pending = (time + wait, value)
    return calls
