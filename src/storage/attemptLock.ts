// One tab writes an unfinished attempt at a time. A tab that opens an attempt
// already open in another tab is told so and does not write over it, unless
// the candidate chooses to move it here; the first tab is then told it lost
// the attempt and stops saving. Web Locks hold the claim (released by the
// browser when a tab closes or crashes, so a claim never outlives its tab).
export interface AttemptClaim {
  /** Stop holding the attempt (leaving the board). */
  release(): void
  /** Resolves when another tab takes the attempt over. */
  readonly lost: Promise<void>
}

const lockName = (attemptId: string) => `inkterview-attempt:${attemptId}`

/**
 * Claims the attempt for this tab. Resolves null when another tab holds it
 * (unless `takeOver`, which moves it here and tells the other tab). Where the
 * browser has no Web Locks the claim always succeeds (and guards nothing).
 */
export function claimAttempt(attemptId: string, opts: { takeOver?: boolean } = {}): Promise<AttemptClaim | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return Promise.resolve({ release: () => undefined, lost: new Promise<void>(() => undefined) })
  return new Promise((resolve, reject) => {
    let release: () => void = () => undefined
    let onLost: () => void = () => undefined
    const lost = new Promise<void>((r) => (onLost = r))
    const options: LockOptions = opts.takeOver ? { steal: true } : { ifAvailable: true }
    locks
      .request(lockName(attemptId), options, (lock) => {
        if (!lock) {
          resolve(null)
          return undefined
        }
        resolve({ release: () => release(), lost })
        // Held until released.
        return new Promise<void>((r) => (release = r))
      })
      .catch((e: unknown) => {
        // A takeover from another tab ends our hold with an AbortError.
        if ((e as { name?: string })?.name === 'AbortError') onLost()
        else reject(e)
      })
  })
}
