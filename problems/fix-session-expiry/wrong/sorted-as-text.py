# mistake: filters on real instants but still sorts the sessions by their timestamp text
from datetime import datetime


def instant(ts):
    return datetime.fromisoformat(ts.replace('Z', '+00:00'))


def active_sessions(sessions, now):
    current = instant(now)
    active = [s for s in sessions if instant(s['expires_at']) > current]
    active.sort(key=lambda s: (s['expires_at'], s['id']))
    return [s['id'] for s in active]
