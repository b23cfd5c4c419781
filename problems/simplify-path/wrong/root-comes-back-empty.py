# mistake: joins the names with a slash before each one, so the root comes back as an empty string
def simplify_path(path):
    stack = []
    for part in path.split('/'):
        if part == '..':
            if stack:
                stack.pop()
        elif part and part != '.':
            stack.append(part)
    return ''.join('/' + name for name in stack)
