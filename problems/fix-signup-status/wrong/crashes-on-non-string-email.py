# mistake: fixes the statuses but uses the email without checking it is a string, so a numeric email crashes the handler
def create_user(existing, body, token):
    if token != 'sk-live-ok':
        return [401, {'error': 'unauthenticated'}]
    if '@' not in body.get('email', '') or not body.get('name'):
        return [422, {'error': 'invalid'}]
    if body['email'].lower() in {e.lower() for e in existing}:
        return [409, {'error': 'exists'}]
    return [201, {'id': len(existing) + 1, 'email': body['email'].lower()}]
