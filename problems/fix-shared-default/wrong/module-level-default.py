# mistake: replaces the default argument with a module-level empty dict, which every call still shares
NO_HEADERS = {}


def is_admin(path):
    return path == '/admin' or path.startswith('/admin/')


def build_request(path, headers=None):
    headers = headers if headers is not None else NO_HEADERS
    headers.setdefault('Accept', 'application/json')
    if is_admin(path):
        headers['X-Audit'] = 'on'
    return {'path': path, 'headers': headers}


def build_requests(specs):
    return [build_request(spec['path'], spec.get('headers')) for spec in specs]
