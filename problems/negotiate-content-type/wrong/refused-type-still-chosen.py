# mistake: starts the best weight below zero, so a type the client refused with q=0 can still be chosen
def negotiate(accept, available):
    ranges = {}
    for part in (accept if accept.strip() else '*/*').split(','):
        fields = [f.strip() for f in part.split(';')]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition('=')
            if name.strip().lower() == 'q':
                q = float(value.strip())
        ranges[fields[0].lower()] = q
    best, best_q = None, -1.0
    for media in available:
        kind = media.split('/')[0]
        for candidate in (media, kind + '/*', '*/*'):
            if candidate in ranges:
                q = ranges[candidate]
                if q > best_q:
                    best, best_q = media, q
                break
    return best
