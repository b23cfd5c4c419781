# mistake: compares the closer with the top of the stack but never pops it, so "(())" fails and the end check is wrong
def is_balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif c in pairs:
            if not stack or stack[-1] != pairs[c]:
                return False
    return not stack
