# mistake: contains() only walks the path, so a prefix of a registered name counts as registered
class PrefixIndex:
    def __init__(self):
        self.root = {'kids': {}, 'count': 0}
        self.words = set()

    def _find(self, text):
        node = self.root
        for ch in text:
            node = node['kids'].get(ch)
            if node is None:
                return None
        return node

    def add(self, word):
        if word in self.words:
            return
        self.words.add(word)
        node = self.root
        node['count'] += 1
        for ch in word:
            node = node['kids'].setdefault(ch, {'kids': {}, 'count': 0})
            node['count'] += 1

    def contains(self, word):
        return self._find(word) is not None

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node['count'] if node is not None else 0

    def remove(self, word):
        if word not in self.words:
            return False
        self.words.discard(word)
        node = self.root
        node['count'] -= 1
        for ch in word:
            child = node['kids'][ch]
            child['count'] -= 1
            if child['count'] == 0:
                del node['kids'][ch]
                return True
            node = child
        return True
