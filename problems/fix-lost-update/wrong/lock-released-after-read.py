# mistake: takes the lock for the read but releases it right away, so the write is still unprotected
def simulate(increments, schedule):
    counter, waits = 0, 0
    holder = None  # the worker holding the lock
    local = [0] * len(increments)
    reading = [True] * len(increments)  # True: the next step is a read
    done = [0] * len(increments)
    for w in schedule:
        if done[w] == increments[w]:
            continue
        if reading[w]:
            if holder is not None and holder != w:
                waits += 1
                continue
            holder = None
            local[w] = counter
        else:
            counter = local[w] + 1
            done[w] += 1
            holder = None
        reading[w] = not reading[w]
    return {'counter': counter, 'waits': waits}
