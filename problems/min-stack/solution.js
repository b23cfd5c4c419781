class MinStack {
  constructor() {
    this.items = []
  }
  push(x) {
    const low = this.items.length ? Math.min(x, this.items[this.items.length - 1][1]) : x
    this.items.push([x, low])
  }
  pop() {
    return this.items.pop()[0]
  }
  top() {
    return this.items[this.items.length - 1][0]
  }
  getMin() {
    return this.items[this.items.length - 1][1]
  }
}
