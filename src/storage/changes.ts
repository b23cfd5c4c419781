// "The stored attempts changed": told to listeners in this tab at once and to
// other tabs of the app through a BroadcastChannel, so lists (the unfinished
// banner, History, the problem page's offer) show what is stored now, not what
// was stored when they were opened (a board's last save lands as it unmounts).
type Listener = () => void

const listeners = new Set<Listener>()
const CHANNEL = 'inkterview-attempts'
let channel: BroadcastChannel | null | undefined

function getChannel(): BroadcastChannel | null {
  if (channel === undefined) {
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
    if (channel) channel.onmessage = () => tell()
  }
  return channel
}

function tell() {
  for (const l of [...listeners]) l()
}

/** Called after a write to the attempt stores has committed. */
export function notifyAttemptsChanged(): void {
  tell()
  try {
    getChannel()?.postMessage('changed')
  } catch {
    /* a closed channel (tests closing the page): this tab was told already */
  }
}

/** Calls `listener` after every committed change to the stored attempts, in this tab or another. Returns the unsubscribe function. */
export function subscribeAttemptsChanged(listener: Listener): () => void {
  getChannel()
  listeners.add(listener)
  return () => listeners.delete(listener)
}
