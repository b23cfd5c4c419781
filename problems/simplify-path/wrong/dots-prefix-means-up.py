# mistake: treats every name that starts with ".." (such as "...") as going up
def simplify_path(path):
    stack = []
    for part in path.split('/'):
        if part.startswith('..'):
            if stack:
                stack.pop()
        elif part and part != '.':
            stack.append(part)
    return '/' + '/'.join(stack)
