// mistake: rollback throws away every open transaction instead of only the innermost one
const DELETED = Symbol('deleted')

class KVStore {
  constructor() {
    this.layers = [new Map()]
  }
  get(key) {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      if (this.layers[i].has(key)) {
        const value = this.layers[i].get(key)
        return value === DELETED ? null : value
      }
    }
    return null
  }
  set(key, value) {
    this.layers[this.layers.length - 1].set(key, value)
  }
  delete(key) {
    const existed = this.get(key) !== null
    this.layers[this.layers.length - 1].set(key, DELETED)
    return existed
  }
  begin() {
    this.layers.push(new Map())
  }
  commit() {
    if (this.layers.length === 1) return false
    const top = this.layers.pop()
    for (const [k, v] of top) this.layers[this.layers.length - 1].set(k, v)
    return true
  }
  rollback() {
    if (this.layers.length === 1) return false
    this.layers.length = 1
    return true
  }
}
