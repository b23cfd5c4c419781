// Registers the service worker that keeps the whole app available offline
// (production builds only: in dev it would cache stale modules).
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // The first install downloads the whole app (OCR model, Python included):
  // start it once the page has settled, not while the first screen loads.
  window.addEventListener('load', () => {
    setTimeout(() => {
      navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((e: unknown) => {
        console.warn('Offline support is unavailable:', e)
      })
    }, 3000)
  })
}
