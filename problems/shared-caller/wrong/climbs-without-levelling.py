# mistake: climbs from a and b one step each at the same time without first bringing them to the same depth
def shared_caller(root, a, b):
    parent = {root.val: root.val}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    while a != b:
        a, b = parent[a], parent[b]
    return a
