// mistake: peeks at the outbox without refilling it first, so peek right after pushes finds nothing
class StackQueue {
  constructor() {
    this.inbox = []
    this.outbox = []
  }
  push(x) {
    this.inbox.push(x)
  }
  refill() {
    if (this.outbox.length === 0) while (this.inbox.length) this.outbox.push(this.inbox.pop())
  }
  pop() {
    this.refill()
    return this.outbox.pop()
  }
  peek() {
    return this.outbox[this.outbox.length - 1]
  }
  isEmpty() {
    return this.inbox.length === 0 && this.outbox.length === 0
  }
}
