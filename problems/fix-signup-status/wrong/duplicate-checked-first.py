# mistake: checks for a duplicate before validating the body
def create_user(existing, body, token):
    if token != 'sk-live-ok':
        return [401, {'error': 'unauthenticated'}]
    email, name = body.get('email'), body.get('name')
    if isinstance(email, str) and email.lower() in {e.lower() for e in existing}:
        return [409, {'error': 'exists'}]
    if not isinstance(email, str) or '@' not in email or not isinstance(name, str) or name == '':
        return [422, {'error': 'invalid'}]
    if email.lower() in {e.lower() for e in existing}:
        return [409, {'error': 'exists'}]
    return [201, {'id': len(existing) + 1, 'email': email.lower()}]
