def shared_caller(root, a, b):
    # Parent of every span, found iteratively (a trace can be deep).
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    while a is not None:
        ancestors.add(a)
        a = parent[a]
    while b not in ancestors:
        b = parent[b]
    return b
