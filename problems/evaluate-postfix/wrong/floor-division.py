# mistake: divides with //, which rounds down (-7 // 2 is -4) instead of towards zero
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
                stack.append(a // b)
        else:
            stack.append(int(t))
    return stack[-1]
