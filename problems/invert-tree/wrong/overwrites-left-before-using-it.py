# mistake: assigns the new left first, then builds the new right from the already replaced left
def invert_tree(root):
    if root:
        root.left = invert_tree(root.right)
        root.right = invert_tree(root.left)
    return root
