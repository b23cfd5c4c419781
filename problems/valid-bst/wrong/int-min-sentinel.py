# mistake: uses the 32-bit limits as the starting bounds, so a node holding exactly -2^31 or 2^31 - 1 is rejected
def is_bst(root, low=-2**31, high=2**31 - 1):
    if not root:
        return True
    if (low is not None and root.val <= low) or (high is not None and root.val >= high):
        return False
    return is_bst(root.left, low, root.val) and is_bst(root.right, root.val, high)
