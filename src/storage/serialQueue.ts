// Runs async tasks one after another per key, so quick successive changes of
// one record (a transcript edit, then a rating) never overwrite each other.
export function createSerialQueue() {
  const tails = new Map<string, Promise<unknown>>()
  return function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = tails.get(key)
    const mine = prev ? prev.then(task, task) : task()
    tails.set(key, mine)
    const forget = () => {
      if (tails.get(key) === mine) tails.delete(key)
    }
    mine.then(forget, forget)
    return mine
  }
}
