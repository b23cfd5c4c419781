# mistake: takes nodes from the end of the list (a stack), so children are taken before the rest of their level
def level_order(root):
    levels = []
    stack = [root] if root else []
    while stack:
        level = []
        for _ in range(len(stack)):
            node = stack.pop()
            level.append(node.val)
            if node.left:
                stack.append(node.left)
            if node.right:
                stack.append(node.right)
        levels.append(level)
    return levels
