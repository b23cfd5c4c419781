// Registers the service worker that keeps the whole app available offline
// (production builds only: in dev it would cache stale modules).
export function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((e: unknown) => {
      console.warn('Offline support is unavailable:', e)
    })
  })
}
