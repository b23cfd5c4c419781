# mistake: counts the start date itself when it is a business day
from datetime import date, timedelta


def add_business_days(start, n, holidays):
    closed = set(holidays)
    day = date.fromisoformat(start)

    def open_on(d):
        return d.weekday() < 5 and d.isoformat() not in closed

    if n == 0:
        while not open_on(day):
            day += timedelta(days=1)
        return day.isoformat()
    while True:
        if open_on(day):
            n -= 1
            if n == 0:
                return day.isoformat()
        day += timedelta(days=1)
