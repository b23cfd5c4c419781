# mistake: treats every character that is not an opener as a closer, so text around the brackets breaks the check
def is_balanced(s):
    pairs = {')': '(', ']': '[', '}': '{'}
    stack = []
    for c in s:
        if c in '([{':
            stack.append(c)
        elif not stack or stack.pop() != pairs.get(c):
            return False
    return not stack
