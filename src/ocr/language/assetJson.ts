// Reads a JSON asset of the recogniser (a character model, the word list):
// over fetch from our own origin in the browser, from disk under Node (the
// CLI, benches and unit tests), where import.meta.url is a file: URL.
const isNode = typeof process !== 'undefined' && !!process.versions?.node && typeof window === 'undefined' && typeof self === 'undefined'

export async function fetchJson(url: URL): Promise<unknown> {
  if (isNode && url.protocol === 'file:') {
    const fsName = 'node:fs/promises'
    const fs = (await import(/* @vite-ignore */ fsName)) as typeof import('node:fs/promises')
    return JSON.parse(await fs.readFile(url, 'utf8'))
  }
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url.pathname}: HTTP ${res.status}`)
  return res.json()
}
