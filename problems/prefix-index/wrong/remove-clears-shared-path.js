// mistake: remove() deletes the whole path of the word, cutting off longer names that share it
class PrefixIndex {
  constructor() {
    this.words = new Set()
  }
  add(word) {
    this.words.add(word)
  }
  contains(word) {
    return this.words.has(word)
  }
  countPrefix(prefix) {
    let n = 0
    for (const w of this.words) if (w.startsWith(prefix)) n++
    return n
  }
  remove(word) {
    if (!this.words.has(word)) return false
    for (const w of [...this.words]) if (w.startsWith(word)) this.words.delete(w)
    return true
  }
}
