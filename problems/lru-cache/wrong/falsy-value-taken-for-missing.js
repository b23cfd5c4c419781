// mistake: get tests the stored value for truth, so a stored 0, "" or false is reported as missing (-1)
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity
    this.items = new Map()
  }

  get(key) {
    const value = this.items.get(key)
    if (!value) return -1
    this.items.delete(key)
    this.items.set(key, value)
    return value
  }

  put(key, value) {
    if (this.items.has(key)) this.items.delete(key)
    else if (this.items.size === this.capacity) this.items.delete(this.items.keys().next().value)
    this.items.set(key, value)
  }
}
