// The service worker (offline copy of the app) and new versions of it. A new
// deployment installs in the background and waits; the app then says so in one
// line. Reloading saves the work in progress first (src/ui/reloadGuard), lets
// the new worker take over, and comes back to the same place.
import { prepareReload } from '../ui/reloadGuard'

type Listener = (ready: boolean) => void

let waiting: ServiceWorker | null = null
const listeners = new Set<Listener>()
const notify = () => listeners.forEach((l) => l(waiting !== null))

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener)
  listener(waiting !== null)
  return () => void listeners.delete(listener)
}

/** How often an open app asks whether a new version was deployed (also when it comes back into view). */
const CHECK_EVERY_MS = 30 * 60 * 1000

function watch(reg: ServiceWorkerRegistration) {
  const offer = (w: ServiceWorker | null) => {
    // Only an update: the first install has no version to replace.
    if (!w || !navigator.serviceWorker.controller) return
    waiting = w
    notify()
  }
  offer(reg.waiting)
  reg.addEventListener('updatefound', () => {
    const w = reg.installing
    w?.addEventListener('statechange', () => {
      if (w.state === 'installed') offer(w)
    })
  })
  setInterval(() => void reg.update().catch(() => undefined), CHECK_EVERY_MS)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void reg.update().catch(() => undefined)
  })
}

/** Saves, switches to the waiting version, and reloads where the candidate was. */
export async function applyUpdate(): Promise<void> {
  const back = await prepareReload()
  const go = () => {
    // Only the hash differs: set it without navigating, then load the page anew.
    if (back) history.replaceState(history.state, '', back)
    location.reload()
  }
  const w = waiting
  if (!w) return go()
  let done = false
  const once = () => {
    if (done) return
    done = true
    go()
  }
  navigator.serviceWorker.addEventListener('controllerchange', once)
  w.postMessage({ type: 'SKIP_WAITING' })
  // A worker from before this message existed cannot be told to skip waiting: reload anyway.
  setTimeout(once, 4000)
}

/** Registers the service worker that keeps the whole app available offline (production builds only: in dev it would cache stale modules). */
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // The first install downloads the whole app (OCR model, Python included):
  // start it once the page has settled, not while the first screen loads.
  const register = () =>
    setTimeout(() => {
      navigator.serviceWorker
        .register(`${import.meta.env.BASE_URL}sw.js`)
        .then(watch)
        .catch((e: unknown) => console.warn('Offline support is unavailable:', e))
    }, 3000)
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register)
}
