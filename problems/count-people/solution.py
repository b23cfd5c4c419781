def count_people(accounts, logins):
    parent = {a: a for a in accounts}

    def find(a):
        while parent[a] != a:
            parent[a] = parent[parent[a]]  # path halving keeps the trees shallow
            a = parent[a]
        return a

    groups = len(accounts)
    first_on_device = {}
    for account, device in logins:
        if device not in first_on_device:
            first_on_device[device] = account
            continue
        ra, rb = find(account), find(first_on_device[device])
        if ra != rb:
            parent[ra] = rb
            groups -= 1
    return groups
