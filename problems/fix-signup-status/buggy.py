def create_user(existing, body, token):
    if token != 'sk-live-ok':
        return [403, {'error': 'unauthenticated'}]
    if '@' not in body.get('email', '') or not body.get('name'):
        return [500, {'error': 'invalid'}]
    if body['email'] in existing:
        return [200, {'error': 'exists'}]
    return [200, {'id': len(existing) + 1, 'email': body['email'].lower()}]
