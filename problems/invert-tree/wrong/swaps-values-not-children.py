# mistake: swaps the values of the two children where both exist, instead of swapping the child nodes themselves
def invert_tree(root):
    if root:
        if root.left and root.right:
            root.left.val, root.right.val = root.right.val, root.left.val
        invert_tree(root.left)
        invert_tree(root.right)
    return root
