# mistake: still treats every path that starts with /admin (such as /admins) as an admin path
def is_admin(path):
    return path.startswith('/admin')


def build_request(path, headers=None):
    headers = dict(headers or {})  # a fresh dict on every call
    headers.setdefault('Accept', 'application/json')
    if is_admin(path):
        headers['X-Audit'] = 'on'
    return {'path': path, 'headers': headers}


def build_requests(specs):
    return [build_request(spec['path'], spec.get('headers')) for spec in specs]
