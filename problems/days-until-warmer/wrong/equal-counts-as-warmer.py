# mistake: pops while the waiting day is colder or equal, so a day of the same temperature counts as warmer
def days_until_warmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] <= t:
            j = waiting.pop()
            answer[j] = i - j
        waiting.append(i)
    return answer
