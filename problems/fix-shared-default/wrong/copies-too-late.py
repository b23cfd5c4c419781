# mistake: copies the headers only when returning them, after the shared default has already been changed
def is_admin(path):
    return path == '/admin' or path.startswith('/admin/')


def build_request(path, headers={}):
    headers.setdefault('Accept', 'application/json')
    if is_admin(path):
        headers['X-Audit'] = 'on'
    return {'path': path, 'headers': dict(headers)}


def build_requests(specs):
    return [build_request(spec['path'], spec['headers']) if 'headers' in spec else build_request(spec['path']) for spec in specs]
