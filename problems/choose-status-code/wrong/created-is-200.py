# mistake: a successful POST returns 200 instead of 201 Created
def choose_status(req):
    method = req['method']
    if req['rate_limited']:
        return 429
    if not req['route_found']:
        return 404
    if method not in req['allowed']:
        return 405
    if not req['public'] and not req['authenticated']:
        return 401
    if not req['public'] and not req['permitted']:
        return 403
    if method != 'POST' and not req['exists']:
        return 404
    if method in ('PUT', 'PATCH', 'DELETE') and req['stale']:
        return 412
    if method in ('POST', 'PUT', 'PATCH') and not req['body_valid']:
        return 422
    if method == 'POST' and req['duplicate']:
        return 409
    return {'DELETE': 204}.get(method, 200)
