// mistake: remove() only checks that the path exists, so removing a prefix of a registered name decrements its counts
class PrefixIndex {
  constructor() {
    this.root = { kids: new Map(), count: 0, end: false }
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
    if (this.contains(word)) return
    let node = this.root
    node.count++
    for (const ch of word) {
      if (!node.kids.has(ch)) node.kids.set(ch, { kids: new Map(), count: 0, end: false })
      node = node.kids.get(ch)
      node.count++
    }
    node.end = true
  }
  contains(word) {
    const node = this.find(word)
    return node !== null && node.end
  }
  countPrefix(prefix) {
    const node = this.find(prefix)
    return node ? node.count : 0
  }
  remove(word) {
    if (this.find(word) === null) return false
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
    node.end = false
    return true
  }
}
