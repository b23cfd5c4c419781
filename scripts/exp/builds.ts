// Shared by the A/B scripts: serving a build on a port, and the order two builds take turns in.
import { spawn } from 'node:child_process'

/** Serves a `vite build --outDir` directory with vite preview; returns a function that stops it. */
export async function serve(dir: string, port: number): Promise<() => void> {
  const s = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dir], { stdio: 'ignore', detached: true })
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`http://127.0.0.1:${port}`)).ok) break } catch { await new Promise((r) => setTimeout(r, 200)) }
  }
  return () => {
    try { process.kill(-s.pid!) } catch { /* already gone */ }
  }
}

/** A goes first on even runs, B on odd ones: neither always meets the machine warmer or busier. */
export const turns = (run: number): [string, number][] => (run % 2 ? [['B', 4192], ['A', 4191]] : [['A', 4191], ['B', 4192]])

export const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]! }
