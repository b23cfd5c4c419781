# mistake: swaps the two children of the root but does not mirror the subtrees below them
def invert_tree(root):
    if root:
        root.left, root.right = root.right, root.left
    return root
