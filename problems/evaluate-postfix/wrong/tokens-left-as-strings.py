# mistake: pushes the number tokens as strings, so "+" concatenates them ("3" + "4" is "34")
def eval_postfix(tokens):
    stack = []
    for t in tokens:
        if t in ('+', '-', '*', '/'):
            b = stack.pop()
            a = stack.pop()
            if t == '+':
                stack.append(a + b)
            elif t == '-':
                stack.append(int(a) - int(b))
            elif t == '*':
                stack.append(int(a) * int(b))
            else:
                stack.append(int(int(a) / int(b)))
        else:
            stack.append(t)
    return int(stack[-1])
