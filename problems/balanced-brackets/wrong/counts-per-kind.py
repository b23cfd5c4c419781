# mistake: keeps one counter per kind of bracket, so crossed pairs like "{(})" look balanced
def is_balanced(s):
    counts = {'(': 0, '[': 0, '{': 0}
    partner = {')': '(', ']': '[', '}': '{'}
    for c in s:
        if c in counts:
            counts[c] += 1
        elif c in partner:
            counts[partner[c]] -= 1
            if counts[partner[c]] < 0:
                return False
    return all(v == 0 for v in counts.values())
