# mistake: only compares each day with the next one, answering 1 or 0
def days_until_warmer(temps):
    return [1 if i + 1 < len(temps) and temps[i + 1] > t else 0 for i, t in enumerate(temps)]
