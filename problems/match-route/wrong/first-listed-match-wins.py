# mistake: returns the first pattern in the list that matches, ignoring precedence
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
                if i >= len(parts):
                    params = None
                    break
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
        if best_rank is None:
            best, best_rank = {'route': route, 'params': params}, rank
    return best
