def simulate(increments, schedule):
    counter = 0
    local = [0] * len(increments)
    reading = [True] * len(increments)  # True: the next step is a read
    done = [0] * len(increments)
    for w in schedule:
        if done[w] == increments[w]:
            continue
        if reading[w]:
            local[w] = counter
        else:
            counter = local[w] + 1
            done[w] += 1
        reading[w] = not reading[w]
    return {'counter': counter, 'waits': 0}
