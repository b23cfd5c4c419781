# mistake: applies the sign of a negative offset to its hours only, so -09:30 is read as -9 h + 30 min
from datetime import datetime


def to_utc_seconds(ts):
    local = datetime.strptime(ts[:19], '%Y-%m-%dT%H:%M:%S')
    seconds = int((local - datetime(1900, 1, 1)).total_seconds())
    if ts[19:] != 'Z':
        sign = 1 if ts[19] == '+' else -1
        seconds -= sign * int(ts[20:22]) * 3600 + int(ts[23:25]) * 60
    return seconds


def elapsed(start, end):
    seconds = to_utc_seconds(end) - to_utc_seconds(start)
    sign = '-' if seconds < 0 else ''
    days, rest = divmod(abs(seconds), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{f'{days}d ' if days else ''}{hours:02d}:{minutes:02d}:{secs:02d}"
