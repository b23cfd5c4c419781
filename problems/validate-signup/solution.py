def is_email(s):
    local, at, domain = s.partition('@')
    return at == '@' and local != '' and '@' not in domain and ' ' not in s and '.' in domain[1:-1]


def validate_signup(payload):
    errors = []
    if 'email' not in payload:
        errors.append('email: required')
    elif not isinstance(payload['email'], str) or not is_email(payload['email']):
        errors.append('email: invalid')
    password = payload.get('password')
    if 'password' not in payload:
        errors.append('password: required')
    elif not isinstance(password, str) or len(password) < 8:
        errors.append('password: too short')
    elif not any(c.isdigit() for c in password):
        errors.append('password: needs a digit')
    if 'age' in payload:
        age = payload['age']
        if isinstance(age, bool) or not isinstance(age, int) or not 13 <= age <= 120:
            errors.append('age: must be an integer from 13 to 120')
    for key in sorted(payload):
        if key not in ('email', 'password', 'age'):
            errors.append('unknown field: ' + key)
    return errors
