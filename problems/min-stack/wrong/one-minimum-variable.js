// mistake: keeps a single minimum variable, which is not restored when the minimum is popped
class MinStack {
  constructor() {
    this.items = []
    this.low = null
  }
  push(x) {
    this.items.push(x)
    if (this.low === null || x < this.low) this.low = x
  }
  pop() {
    return this.items.pop()
  }
  top() {
    return this.items[this.items.length - 1]
  }
  getMin() {
    return this.low
  }
}
