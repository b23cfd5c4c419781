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

interface ClaimAhead {
  claim: Promise<AttemptClaim | null>
  /** Set once the claim has settled: a screen opening after that holds the attempt from its first render. */
  settled?: AttemptClaim | null
  expiry: ReturnType<typeof setTimeout>
}
const ahead = new Map<string, ClaimAhead>()
// A claim nobody takes (Start pressed, the board never opened) is let go.
const UNTAKEN_MS = 10_000

/**
 * Claims the attempt now (Start pressed) for the screen about to open it;
 * resolves once settled (a lock is granted in about a millisecond). Opened
 * after that, the screen holds the attempt from its first render instead of
 * rendering "Opening…" and then the attempt.
 */
export function claimAhead(attemptId: string): Promise<unknown> {
  const started = ahead.get(attemptId)
  if (started) return started.claim
  const entry: ClaimAhead = {
    claim: claimAttempt(attemptId),
    expiry: setTimeout(() => {
      if (ahead.get(attemptId) !== entry) return
      ahead.delete(attemptId)
      void entry.claim.then((c) => c?.release(), () => undefined)
    }, UNTAKEN_MS),
  }
  entry.claim.then(
    (c) => (entry.settled = c),
    () => (entry.settled = null),
  )
  ahead.set(attemptId, entry)
  return entry.claim
}

/** Whether a claim started ahead for this attempt has already succeeded (it stays to be taken). */
export const heldAhead = (attemptId: string): boolean => !!ahead.get(attemptId)?.settled

/** The claim started ahead for this attempt, if any, now the caller's to hold and release. */
export function takeClaimAhead(attemptId: string): Promise<AttemptClaim | null> | null {
  const entry = ahead.get(attemptId)
  if (!entry) return null
  ahead.delete(attemptId)
  clearTimeout(entry.expiry)
  return entry.claim
}
