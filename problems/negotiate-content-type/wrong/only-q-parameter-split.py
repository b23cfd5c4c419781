# mistake: splits each range only at ";q=", so a range with any other parameter (charset, level) never matches
def negotiate(accept, available):
    ranges = {}
    for part in (accept if accept.strip() else '*/*').split(','):
        media_range, _, q = part.strip().partition(';q=')
        ranges[media_range.strip().lower()] = float(q) if q else 1.0
    best, best_q = None, 0.0
    for media in available:
        kind = media.split('/')[0]
        for candidate in (media, kind + '/*', '*/*'):
            if candidate in ranges:
                if ranges[candidate] > best_q:
                    best, best_q = media, ranges[candidate]
                break
    return best
