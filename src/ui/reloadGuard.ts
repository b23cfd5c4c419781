// Before the app reloads itself (to take a new version), each screen with
// unsaved work saves it here first. A screen may name the address to come
// back to (e.g. the practice page's resume address for the attempt in progress).
type BeforeReload = () => Promise<string | void> | string | void

const guards = new Set<BeforeReload>()

/** Registers work to save before an app reload; returns the unregister function. */
export function beforeAppReload(fn: BeforeReload): () => void {
  guards.add(fn)
  return () => void guards.delete(fn)
}

/** Runs every guard (all of them, even if one fails); returns the first address one asked to come back to. */
export async function prepareReload(): Promise<string | null> {
  const results = await Promise.allSettled([...guards].map((g) => g()))
  for (const r of results) if (r.status === 'rejected') console.warn('Saving before the reload failed:', r.reason)
  const url = results.find((r): r is PromiseFulfilledResult<string> => r.status === 'fulfilled' && typeof r.value === 'string')
  return url ? url.value : null
}
