from datetime import datetime


def instant(ts):
    # An aware datetime compares as an instant, whatever its offset.
    return datetime.fromisoformat(ts.replace('Z', '+00:00'))


def active_sessions(sessions, now):
    current = instant(now)
    active = [(instant(s['expires_at']), s['id']) for s in sessions]
    return [sid for at, sid in sorted(active) if at > current]
