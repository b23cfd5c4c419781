# mistake: decides "number" with isdigit(), so a negative literal such as "-4" is treated as an operator
def eval_postfix(tokens):
    stack = []
    for t in tokens:
        if t.isdigit():
            stack.append(int(t))
            continue
        b = stack.pop()
        a = stack.pop()
        if t == '+':
            stack.append(a + b)
        elif t == '-':
            stack.append(a - b)
        elif t == '*':
            stack.append(a * b)
        else:
            stack.append(int(a / b))
    return stack[-1]
