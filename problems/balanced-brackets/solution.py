def is_balanced(s):
    pairs = {'(': ')', '[': ']', '{': '}'}
    stack = []
    for c in s:
        if c in pairs:
            stack.append(pairs[c])
        elif c in ')]}':
            if not stack or stack.pop() != c:
                return False
    return not stack
