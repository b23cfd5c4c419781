# mistake: checks each node only against its own children, not against every ancestor
def is_bst(root):
    if not root:
        return True
    if root.left and root.left.val >= root.val:
        return False
    if root.right and root.right.val <= root.val:
        return False
    return is_bst(root.left) and is_bst(root.right)
