def build_request(path, headers={}):
    headers['Accept'] = 'application/json'
    if path.startswith('/admin'):
        headers['X-Audit'] = 'on'
    return {'path': path, 'headers': headers}


def build_requests(specs):
    requests = []
    for spec in specs:
        if 'headers' in spec:
            requests.append(build_request(spec['path'], spec['headers']))
        else:
            requests.append(build_request(spec['path']))
    return requests
