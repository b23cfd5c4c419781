# mistake: collects into a default-argument list, which is created once and keeps the values of earlier calls
def flatten(items, out=[]):
    for x in items:
        if isinstance(x, list):
            flatten(x, out)
        else:
            out.append(x)
    return out
