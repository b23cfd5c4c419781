# mistake: assumes the ids are ordered like a binary search tree and walks left or right by comparing values
def shared_caller(root, a, b):
    node = root
    while node is not None:
        if a < node.val and b < node.val:
            node = node.left
        elif a > node.val and b > node.val:
            node = node.right
        else:
            return node.val
    return root.val
