# mistake: returns the first available type matched by the header's ranges in header order, ignoring the q weights
def negotiate(accept, available):
    for part in (accept if accept.strip() else '*/*').split(','):
        fields = [f.strip() for f in part.split(';')]
        rng = fields[0].lower()
        if not rng:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition('=')
            if name.strip().lower() == 'q':
                q = float(value.strip())
        if q == 0:
            continue
        for media in available:
            kind = media.split('/')[0]
            if rng in (media, kind + '/*', '*/*'):
                return media
    return None
