# mistake: stores the pending value bare and tests it for truthiness, so a pending 0 or "" never runs
def throttle(events, interval):
    runs = []
    window_end = None
    pending = None

    def end_windows_until(now):
        nonlocal window_end, pending
        while window_end is not None and window_end <= now:
            if not pending:
                window_end = None
            else:
                runs.append([window_end, pending])
                pending = None
                window_end += interval

    for time, value in events:
        end_windows_until(time)
        if window_end is None:
            runs.append([time, value])
            window_end = time + interval
        else:
            pending = value
    end_windows_until(float('inf'))
    return runs
