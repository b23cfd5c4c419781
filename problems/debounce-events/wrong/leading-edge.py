# mistake: runs the handler at the first event of each burst (leading edge) instead of when the user stops
def debounce(events, wait):
    calls = []
    last = None
    for time, value in events:
        if last is None or time - last >= wait:
            calls.append([time, value])
        last = time
    return calls
