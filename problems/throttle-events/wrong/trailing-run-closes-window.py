# mistake: closes the window after a trailing run instead of opening a new one
def throttle(events, interval):
    runs = []
    window_end = None  # None when no window is open
    pending = None     # (value,) when a value waits for the end of the window

    def end_windows_until(now):
        nonlocal window_end, pending
        while window_end is not None and window_end <= now:
            if pending is None:
                window_end = None
            else:
                runs.append([window_end, pending[0]])
                pending = None
                window_end = None

    for time, value in events:
        end_windows_until(time)
        if window_end is None:
            runs.append([time, value])
            window_end = time + interval
        else:
            pending = (value,)
    end_windows_until(float('inf'))
    return runs
