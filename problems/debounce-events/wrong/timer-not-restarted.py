# mistake: starts the timer at the first event of a burst and never restarts it, so a run happens wait ms after the burst began
def debounce(events, wait):
    calls = []
    pending = None  # [time the timer runs out, latest value]
    for time, value in events:
        if pending is not None and pending[0] <= time:
            calls.append(pending)
            pending = None
        if pending is None:
            pending = [time + wait, value]
        else:
            pending[1] = value
    if pending is not None:
        calls.append(pending)
    return calls
