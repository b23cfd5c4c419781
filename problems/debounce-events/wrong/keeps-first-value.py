# mistake: restarts the timer but runs with the first value of the burst instead of the latest
def debounce(events, wait):
    calls = []
    pending = None
    for time, value in events:
        if pending is not None and pending[0] <= time:
            calls.append(pending)
            pending = None
        if pending is None:
            pending = [time + wait, value]
        else:
            pending[0] = time + wait
    if pending is not None:
        calls.append(pending)
    return calls
