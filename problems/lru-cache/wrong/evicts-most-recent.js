// mistake: deletes the last key of the Map, evicting the most recently used entry
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity
    this.items = new Map()
  }

  get(key) {
    if (!this.items.has(key)) return -1
    const value = this.items.get(key)
    this.items.delete(key)
    this.items.set(key, value)
    return value
  }

  put(key, value) {
    if (this.items.has(key)) this.items.delete(key)
    else if (this.items.size === this.capacity) this.items.delete([...this.items.keys()].pop())
    this.items.set(key, value)
  }
}
