# mistake: skips weekends first, then adds one more business day per holiday in the range, even a holiday on a weekend
from datetime import date, timedelta


def add_business_days(start, n, holidays):
    begin = day = date.fromisoformat(start)
    while n > 0 or day.weekday() >= 5:
        day += timedelta(days=1)
        if day.weekday() < 5:
            n -= 1
    extra = len({h for h in holidays if begin <= date.fromisoformat(h) <= day})
    while extra > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            extra -= 1
    return day.isoformat()
