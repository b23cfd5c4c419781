# mistake: follows only left children, as if the deepest path always went left
def max_depth(root):
    if not root:
        return 0
    return 1 + max_depth(root.left)
