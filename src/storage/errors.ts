// Why a write failed, in words a candidate can act on. The caller keeps the
// attempt in memory so the user can retry or export it.

export type StorageWriteErrorKind = 'quota' | 'unavailable' | 'other'

export class StorageWriteError extends Error {
  readonly kind: StorageWriteErrorKind
  /** One or two sentences for the UI. */
  readonly userMessage: string
  override readonly cause: unknown

  constructor(kind: StorageWriteErrorKind, userMessage: string, cause: unknown) {
    super(userMessage)
    this.name = 'StorageWriteError'
    this.kind = kind
    this.userMessage = userMessage
    this.cause = cause
  }

  /** Wraps whatever IndexedDB threw (DOMException, TypeError, ...). */
  static from(e: unknown, what = 'This attempt'): StorageWriteError {
    if (e instanceof StorageWriteError) return e
    const name = (e as { name?: unknown } | null)?.name
    const detail = String((e as { message?: unknown } | null)?.message ?? e)
    if (name === 'QuotaExceededError' || /quota/i.test(detail))
      return new StorageWriteError(
        'quota',
        `${what} was not saved: this browser's storage for Inkterview is full. It is still open here: export it, or delete old attempts in Settings and try again.`,
        e,
      )
    if (typeof indexedDB === 'undefined' || name === 'InvalidStateError' || name === 'UnknownError')
      return new StorageWriteError(
        'unavailable',
        `${what} was not saved: the browser's storage is not available (${detail}). Private windows and some browser settings block it. It is still open here: try again or export it.`,
        e,
      )
    return new StorageWriteError('other', `${what} was not saved (${detail}). It is still open here: try again or export it.`, e)
  }
}
