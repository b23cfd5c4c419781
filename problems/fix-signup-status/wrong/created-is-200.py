# mistake: returns 200 instead of 201 Created for a new account
def create_user(existing, body, token):
    if token != 'sk-live-ok':
        return [401, {'error': 'unauthenticated'}]
    email, name = body.get('email'), body.get('name')
    if not isinstance(email, str) or '@' not in email or not isinstance(name, str) or name == '':
        return [422, {'error': 'invalid'}]
    if email.lower() in {e.lower() for e in existing}:
        return [409, {'error': 'exists'}]
    return [200, {'id': len(existing) + 1, 'email': email.lower()}]
