// Autosave scheduling, pure: no DOM, no storage. A throttle, not a debounce:
// while the candidate keeps writing, the latest state still reaches storage at
// most `maxDelayMs` behind. Saves never overlap, so an older state can never
// land after a newer one. A failed save keeps the state pending and retries.

export interface AutosaverOptions {
  /** Longest time a scheduled value may wait before it is written. Default 1000. */
  maxDelayMs?: number
  /** Wait before retrying after a failed save. Default 5000. */
  retryDelayMs?: number
  onSaved?: () => void
  /** Called once everything scheduled is written: nothing pending, no save running (a "Saved" status). */
  onIdle?: () => void
  /** Called with whatever `save` threw (a StorageWriteError from the store). */
  onError?: (error: unknown) => void
  setTimer?: (fn: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
}

export interface AutosaverStatus {
  /** A value is waiting to be written. */
  pending: boolean
  /** A save is running. */
  saving: boolean
  /** The last save's error, cleared by the next success. */
  lastError: unknown
}

export interface Autosaver<T> {
  /** Remember `value` as the newest state; it is written within maxDelayMs. */
  schedule(value: T): void
  /** Write the newest state now (pagehide, visibilitychange, Done). Resolves true when nothing is left unsaved. */
  flush(): Promise<boolean>
  /** Forget any unsaved state and stop the timer (after Discard, or after the final save). */
  cancel(): void
  status(): AutosaverStatus
}

export function createAutosaver<T>(save: (value: T) => Promise<void>, opts: AutosaverOptions = {}): Autosaver<T> {
  const maxDelayMs = opts.maxDelayMs ?? 1000
  const retryDelayMs = opts.retryDelayMs ?? 5000
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as ReturnType<typeof setTimeout>))

  let latest: { value: T } | null = null
  let timer: unknown = null
  let running: Promise<void> | null = null
  let lastError: unknown = null
  let generation = 0

  const arm = (ms: number) => {
    if (timer === null) timer = setTimer(() => {
      timer = null
      void run()
    }, ms)
  }
  const disarm = () => {
    if (timer !== null) clearTimer(timer)
    timer = null
  }

  // Writes whatever is pending, one save at a time, until nothing is pending.
  const run = async (): Promise<void> => {
    if (running) return running
    let wrote = false
    running = (async () => {
      while (latest) {
        const { value } = latest
        const gen = generation
        latest = null
        try {
          await save(value)
          wrote = true
          lastError = null
          opts.onSaved?.()
        } catch (e) {
          // Keep it unless something newer (or a cancel) came meanwhile.
          if (latest === null && gen === generation) latest = { value }
          lastError = e
          opts.onError?.(e)
          disarm()
          arm(retryDelayMs)
          return
        }
      }
    })()
    try {
      await running
    } finally {
      running = null
    }
    if (wrote && latest === null && lastError === null) opts.onIdle?.()
  }

  return {
    schedule(value) {
      latest = { value }
      arm(maxDelayMs)
    },
    async flush() {
      disarm()
      if (running) await running.catch(() => undefined)
      await run()
      return latest === null
    },
    cancel() {
      generation++
      latest = null
      disarm()
    },
    status() {
      return { pending: latest !== null, saving: running !== null, lastError }
    },
  }
}
