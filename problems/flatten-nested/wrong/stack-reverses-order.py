# mistake: flattens with a stack that pops from the end, so the values come out in reverse order
def flatten(items):
    out = []
    stack = list(items)
    while stack:
        x = stack.pop()
        if isinstance(x, list):
            stack.extend(x)
        else:
            out.append(x)
    return out
