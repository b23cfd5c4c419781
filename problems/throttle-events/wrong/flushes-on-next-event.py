# mistake: has no timer: runs a pending value only when the next event arrives, at that event's time (or at the last event's time at the end)
def throttle(events, interval):
    runs = []
    last_run = None
    pending = None
    for time, value in events:
        if last_run is None or time - last_run >= interval:
            if pending is not None:
                runs.append([time, pending[0]])
                pending = (value,)
            else:
                runs.append([time, value])
            last_run = time
        else:
            pending = (value,)
    if pending is not None:
        runs.append([max(last_run + interval, events[-1][0]), pending[0]])
    return runs
