# mistake: parses the timestamps but drops their offsets, comparing wall-clock times from different zones
from datetime import datetime


def instant(ts):
    return datetime.strptime(ts[:19], '%Y-%m-%dT%H:%M:%S')


def active_sessions(sessions, now):
    current = instant(now)
    active = [(instant(s['expires_at']), s['id']) for s in sessions]
    return [sid for at, sid in sorted(active) if at > current]
