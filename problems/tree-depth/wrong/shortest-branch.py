# mistake: takes the minimum of the two subtrees instead of the maximum
def max_depth(root):
    if not root:
        return 0
    return 1 + min(max_depth(root.left), max_depth(root.right))
