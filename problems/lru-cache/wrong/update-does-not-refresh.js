// mistake: putting an existing key calls Map.set, which replaces the value but keeps the key's old place in the order
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
    if (!this.items.has(key) && this.items.size === this.capacity) this.items.delete(this.items.keys().next().value)
    this.items.set(key, value)
  }
}
