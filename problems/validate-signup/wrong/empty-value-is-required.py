# mistake: treats an empty or null email or password as missing ("required") instead of invalid
def is_email(s):
    local, at, domain = s.partition('@')
    return at == '@' and local != '' and '@' not in domain and ' ' not in s and '.' in domain[1:-1]


def is_whole_number(x):
    # JSON has one number type: 30.0 is 30. bool is a subclass of int in Python.
    if isinstance(x, bool):
        return False
    return isinstance(x, int) or isinstance(x, float) and x.is_integer()


def validate_signup(payload):
    errors = []
    if not payload.get('email'):
        errors.append('email: required')
    elif not isinstance(payload['email'], str) or not is_email(payload['email']):
        errors.append('email: invalid')
    password = payload.get('password')
    if not password:
        errors.append('password: required')
    elif not isinstance(password, str) or len(password) < 8:
        errors.append('password: too short')
    elif not any('0' <= c <= '9' for c in password):  # str.isdigit would accept '٣' and '²'
        errors.append('password: needs a digit')
    if 'age' in payload:
        age = payload['age']
        if not is_whole_number(age) or not 13 <= age <= 120:
            errors.append('age: must be an integer from 13 to 120')
    for key in sorted(payload):
        if key not in ('email', 'password', 'age'):
            errors.append('unknown field: ' + key)
    return errors
