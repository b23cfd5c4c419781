// The production build served by `vite preview` for the browser benchmarks
// (bench:app, bench:voice): started in its own process group, so the server
// (npx's child) goes with `stop()` when the bench ends.
import { spawn } from 'node:child_process'

export async function startPreview(port: number): Promise<{ base: string; stop: () => void }> {
  const base = `http://127.0.0.1:${port}`
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore', detached: true })
  const stop = () => {
    try {
      process.kill(-server.pid!)
    } catch {
      // already gone
    }
  }
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) break
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  return { base, stop }
}
