# mistake: reads only the wall-clock part of each timestamp and ignores the offsets
from datetime import datetime


def elapsed(start, end):
    a = datetime.strptime(start[:19], '%Y-%m-%dT%H:%M:%S')
    b = datetime.strptime(end[:19], '%Y-%m-%dT%H:%M:%S')
    seconds = int((b - a).total_seconds())
    sign = '-' if seconds < 0 else ''
    days, rest = divmod(abs(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{f'{days}d ' if days else ''}{hours:02d}:{minutes:02d}:{secs:02d}"
