# mistake: union sets parent[account] = other instead of joining the two roots, which cuts the account off its old group
def count_people(accounts, logins):
    parent = {a: a for a in accounts}

    def find(a):
        while parent[a] != a:
            a = parent[a]
        return a

    first_on_device = {}
    for account, device in logins:
        if device not in first_on_device:
            first_on_device[device] = account
        elif find(account) != find(first_on_device[device]):
            parent[account] = first_on_device[device]
    return len({find(a) for a in accounts})
