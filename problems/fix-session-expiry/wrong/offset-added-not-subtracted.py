# mistake: converts to UTC by hand and adds the offset instead of subtracting it
from datetime import datetime, timedelta


def instant(ts):
    local = datetime.strptime(ts[:19], '%Y-%m-%dT%H:%M:%S')
    if ts[19:] == 'Z':
        return local
    sign = 1 if ts[19] == '+' else -1
    return local + sign * timedelta(hours=int(ts[20:22]), minutes=int(ts[23:25]))


def active_sessions(sessions, now):
    current = instant(now)
    active = [(instant(s['expires_at']), s['id']) for s in sessions]
    return [sid for at, sid in sorted(active) if at > current]
