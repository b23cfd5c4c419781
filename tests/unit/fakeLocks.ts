// A stand-in for the Web Locks API with the two request modes the app uses
// (ifAvailable, and a plain request), for tests of storage/attemptLock.ts and what uses it.
export class FakeLocks {
  readonly held = new Set<string>()
  request(name: string, options: LockOptions, callback: (lock: { name: string } | null) => unknown): Promise<unknown> {
    if (this.held.has(name) && options.ifAvailable) return Promise.resolve(callback(null))
    this.held.add(name)
    return Promise.resolve(callback({ name })).then((v) => {
      this.held.delete(name)
      return v
    })
  }
}
