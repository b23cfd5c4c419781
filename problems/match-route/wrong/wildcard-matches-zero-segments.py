# mistake: lets the wildcard match when no segments are left, capturing an empty string
def match_route(routes, path):
    if path != '/' and path.endswith('/'):
        path = path[:-1]
    parts = [p for p in path.split('/') if p]
    best, best_rank = None, None
    for route in routes:
        segs = [s for s in route.split('/') if s]
        params, rank = {}, []
        for i, seg in enumerate(segs):
            if seg == '*':
                params['*'] = '/'.join(parts[i:])
                rank.append(2)
                break
            if i >= len(parts):
                params = None
                break
            if seg.startswith(':'):
                params[seg[1:]] = parts[i]
                rank.append(1)
            elif seg == parts[i]:
                rank.append(0)
            else:
                params = None
                break
        else:
            if len(segs) != len(parts):
                params = None
        if params is None:
            continue
        if best_rank is None or rank < best_rank:
            best, best_rank = {'route': route, 'params': params}, rank
    return best
