# mistake: divides with / and never truncates, so 13 / 5 stays 2.6
def eval_postfix(tokens):
    stack = []
    for t in tokens:
        if t in ('+', '-', '*', '/'):
            b = stack.pop()
            a = stack.pop()
            if t == '+':
                stack.append(a + b)
            elif t == '-':
                stack.append(a - b)
            elif t == '*':
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            stack.append(int(t))
    return stack[-1]
