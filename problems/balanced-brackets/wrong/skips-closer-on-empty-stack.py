# mistake: a closing bracket with nothing open is skipped instead of failing, so "())" passes
def is_balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif c in pairs:
            if stack and stack.pop() != pairs[c]:
                return False
    return not stack
