def active_sessions(sessions, now):
    active = [s for s in sessions if s['expires_at'] >= now]
    active.sort(key=lambda s: s['expires_at'])
    return [s['id'] for s in active]
