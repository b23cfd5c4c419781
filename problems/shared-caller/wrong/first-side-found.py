# mistake: returns the left subtree's result whenever it found something, missing the case where a and b are on different sides
def shared_caller(root, a, b):
    def walk(node):
        if node is None:
            return None
        if node.val == a or node.val == b:
            return node.val
        left = walk(node.left)
        if left is not None:
            return left
        return walk(node.right)

    return walk(root)
