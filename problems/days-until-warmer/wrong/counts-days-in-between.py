# mistake: counts the days strictly between the two (i - j - 1) instead of how many days later the warmer one is
def days_until_warmer(temps):
    answer = [0] * len(temps)
    waiting = []
    for i, t in enumerate(temps):
        while waiting and temps[waiting[-1]] < t:
            j = waiting.pop()
            answer[j] = i - j - 1
        waiting.append(i)
    return answer
