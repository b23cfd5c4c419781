# mistake: tests a bound for truthiness, so a bound of 0 counts as "no bound"
def is_bst(root, low=None, high=None):
    if not root:
        return True
    if (low and root.val <= low) or (high and root.val >= high):
        return False
    return is_bst(root.left, low, root.val) and is_bst(root.right, root.val, high)
