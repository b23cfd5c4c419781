# mistake: counts edges instead of nodes, so a single node has depth 0
def max_depth(root):
    def edges(node):
        if not node.left and not node.right:
            return 0
        return 1 + max(edges(node.left) if node.left else 0, edges(node.right) if node.right else 0)

    return edges(root) if root else 0
