# mistake: does not pad hours, minutes and seconds to two digits
from datetime import datetime


def parse(ts):
    return datetime.fromisoformat(ts.replace('Z', '+00:00'))


def elapsed(start, end):
    seconds = int((parse(end) - parse(start)).total_seconds())
    sign = '-' if seconds < 0 else ''
    days, rest = divmod(abs(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    day_part = f'{days}d ' if days else ''
    return f'{sign}{day_part}{hours}:{minutes}:{secs}'
