# mistake: starts from the parents of a and b, so when one span called the other it returns the caller's caller
def shared_caller(root, a, b):
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    x = parent[a]
    while x is not None:
        ancestors.add(x)
        x = parent[x]
    y = parent[b]
    while y is not None and y not in ancestors:
        y = parent[y]
    return y if y is not None else root.val
