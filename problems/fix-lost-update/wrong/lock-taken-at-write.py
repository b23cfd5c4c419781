# mistake: locks only around the write, after the value was already read, so updates are still lost
def simulate(increments, schedule):
    counter, waits = 0, 0
    holder = None
    local = [0] * len(increments)
    reading = [True] * len(increments)
    done = [0] * len(increments)
    for w in schedule:
        if done[w] == increments[w]:
            continue
        if reading[w]:
            local[w] = counter
        else:
            if holder is not None and holder != w:
                waits += 1
                continue
            holder = w
            counter = local[w] + 1
            done[w] += 1
            holder = None
        reading[w] = not reading[w]
    return {'counter': counter, 'waits': waits}
