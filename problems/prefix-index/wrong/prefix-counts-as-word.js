// mistake: contains() only walks the path, so a prefix of a registered name counts as registered
class PrefixIndex {
  constructor() {
    this.root = { kids: new Map(), count: 0 }
    this.words = new Set()
  }
  find(text) {
    let node = this.root
    for (const ch of text) {
      node = node.kids.get(ch)
      if (!node) return null
    }
    return node
  }
  add(word) {
    if (this.words.has(word)) return
    this.words.add(word)
    let node = this.root
    node.count++
    for (const ch of word) {
      if (!node.kids.has(ch)) node.kids.set(ch, { kids: new Map(), count: 0 })
      node = node.kids.get(ch)
      node.count++
    }
  }
  contains(word) {
    return this.find(word) !== null
  }
  countPrefix(prefix) {
    const node = this.find(prefix)
    return node ? node.count : 0
  }
  remove(word) {
    if (!this.words.has(word)) return false
    this.words.delete(word)
    let node = this.root
    node.count--
    for (const ch of word) {
      const child = node.kids.get(ch)
      child.count--
      if (child.count === 0) {
        node.kids.delete(ch)
        return true
      }
      node = child
    }
    return true
  }
}
