// mistake: pours the whole stack over and back for every pop and peek: O(n) per call, not O(1) amortised
class StackQueue {
  constructor() {
    this.items = []
  }
  push(x) {
    this.items.push(x)
  }
  front(remove) {
    const other = []
    while (this.items.length) other.push(this.items.pop())
    const x = remove ? other.pop() : other[other.length - 1]
    while (other.length) this.items.push(other.pop())
    return x
  }
  pop() {
    return this.front(true)
  }
  peek() {
    return this.front(false)
  }
  isEmpty() {
    return this.items.length === 0
  }
}
