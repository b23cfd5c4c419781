def debounce(events, wait):
    calls = []
    pending = None  # (time the timer runs out, value)
    for time, value in events:
        if pending is not None and pending[0] <= time:
            calls.append([pending[0], pending[1]])
        pending = (time + wait, value)
    if pending is not None:
        calls.append([pending[0], pending[1]])
    return calls
