# mistake: uses the other language's weekday numbering (0 = Sunday), so Sunday and Monday are taken for the weekend
from datetime import date, timedelta


def add_business_days(start, n, holidays):
    closed = set(holidays)
    day = date.fromisoformat(start)

    def open_on(d):
        return 0 < d.weekday() < 6 and d.isoformat() not in closed

    if n == 0:
        while not open_on(day):
            day += timedelta(days=1)
        return day.isoformat()
    while n > 0:
        day += timedelta(days=1)
        if open_on(day):
            n -= 1
    return day.isoformat()
