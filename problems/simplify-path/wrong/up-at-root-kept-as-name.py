# mistake: pops on ".." only when the stack has something, and otherwise lets ".." fall through and be kept as a name
def simplify_path(path):
    stack = []
    for part in path.split('/'):
        if part == '..' and stack:
            stack.pop()
        elif part and part != '.':
            stack.append(part)
    return '/' + '/'.join(stack)
