# mistake: compares with < and > instead of <= and >=, so a duplicate value passes
def is_bst(root, low=None, high=None):
    if not root:
        return True
    if (low is not None and root.val < low) or (high is not None and root.val > high):
        return False
    return is_bst(root.left, low, root.val) and is_bst(root.right, root.val, high)
