# mistake: remove() deletes the whole path of the word, cutting off longer names that share it
class PrefixIndex:
    def __init__(self):
        self.words = set()

    def add(self, word):
        self.words.add(word)

    def contains(self, word):
        return word in self.words

    def count_prefix(self, prefix):
        return sum(1 for w in self.words if w.startswith(prefix))

    def remove(self, word):
        if word not in self.words:
            return False
        self.words = {w for w in self.words if not w.startswith(word)}
        return True
