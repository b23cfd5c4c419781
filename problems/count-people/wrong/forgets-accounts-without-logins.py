# mistake: counts only the groups of accounts that appear in logins, forgetting accounts that never logged in
def count_people(accounts, logins):
    parent = {}

    def find(a):
        parent.setdefault(a, a)
        while parent[a] != a:
            a = parent[a]
        return a

    first_on_device = {}
    for account, device in logins:
        find(account)
        if device not in first_on_device:
            first_on_device[device] = account
        else:
            ra, rb = find(account), find(first_on_device[device])
            if ra != rb:
                parent[ra] = rb
    return len({find(a) for a in list(parent)})
