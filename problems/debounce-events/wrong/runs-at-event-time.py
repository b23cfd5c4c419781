# mistake: records the run at the time of the last event instead of when the timer runs out
def debounce(events, wait):
    calls = []
    pending = None  # (time the timer runs out, value)
    for time, value in events:
        if pending is not None and pending[0] + wait <= time:
            calls.append([pending[0], pending[1]])
        pending = (time, value)
    if pending is not None:
        calls.append([pending[0], pending[1]])
    return calls
