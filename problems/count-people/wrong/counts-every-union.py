# mistake: subtracts one group for every shared login, even when the two accounts are already in one group
def count_people(accounts, logins):
    parent = {a: a for a in accounts}

    def find(a):
        while parent[a] != a:
            a = parent[a]
        return a

    groups = len(accounts)
    first_on_device = {}
    for account, device in logins:
        if device not in first_on_device:
            first_on_device[device] = account
            continue
        if account != first_on_device[device]:
            parent[find(account)] = find(first_on_device[device])
            groups -= 1
    return groups
