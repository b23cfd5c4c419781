# mistake: takes 2^d nodes for level d (stopping only when the queue runs dry), so a short level swallows nodes of the next one
from collections import deque


def level_order(root):
    levels = []
    queue = deque([root] if root else [])
    width = 1
    while queue:
        level = []
        while len(level) < width and queue:
            node = queue.popleft()
            level.append(node.val)
            if node.left:
                queue.append(node.left)
            if node.right:
                queue.append(node.right)
        levels.append(level)
        width *= 2
    return levels
