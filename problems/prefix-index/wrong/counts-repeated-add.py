# mistake: registering the same name twice increments the counts twice
class PrefixIndex:
    def __init__(self):
        self.root = {'kids': {}, 'count': 0, 'end': False}

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node['kids'].get(ch)
            if node is None:
                return None
        return node

    def add(self, word):
        node = self.root
        node['count'] += 1
        for ch in word:
            node = node['kids'].setdefault(ch, {'kids': {}, 'count': 0, 'end': False})
            node['count'] += 1
        node['end'] = True

    def contains(self, word):
        node = self._find(word)
        return node is not None and node['end']

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node['count'] if node is not None else 0

    def remove(self, word):
        if not self.contains(word):
            return False
        node = self.root
        node['count'] -= 1
        for ch in word:
            child = node['kids'][ch]
            child['count'] -= 1
            if child['count'] == 0:
                del node['kids'][ch]
                return True
            node = child
        node['end'] = False
        return True
