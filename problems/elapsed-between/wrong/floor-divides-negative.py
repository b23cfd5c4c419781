# mistake: splits a negative duration with floor division, so minus half an hour comes out as -1d 23:30:00
from datetime import datetime


def parse(ts):
    return datetime.fromisoformat(ts.replace('Z', '+00:00'))


def elapsed(start, end):
    seconds = int((parse(end) - parse(start)).total_seconds())
    sign = ''
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    day_part = f'{days}d ' if days else ''
    return f'{sign}{day_part}{hours:02d}:{minutes:02d}:{secs:02d}'
