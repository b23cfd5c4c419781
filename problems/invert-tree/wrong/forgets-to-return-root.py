# mistake: mirrors the tree in place but never returns the root, so the caller gets None
def invert_tree(root):
    if root:
        root.left, root.right = root.right, root.left
        invert_tree(root.left)
        invert_tree(root.right)
