# mistake: merges accounts only when they share a device directly, missing chains through a third account
def count_people(accounts, logins):
    devices = {}
    for account, device in logins:
        devices.setdefault(account, set()).add(device)
    person = {}
    for a in accounts:
        person[a] = a
        for b in accounts:
            if b < a and devices.get(a, set()) & devices.get(b, set()):
                person[a] = person[b]
                break
    return len(set(person.values()))
