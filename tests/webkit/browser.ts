// The WebKit the suite drives: Debian's WebKitGTK MiniBrowser through
// WebKitWebDriver (package webkit2gtk-driver), on an X server of its own (Xvfb):
// MiniBrowser has no headless mode. Started once per run by globalSetup.ts.
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, globSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'

const INSTALL = 'install them with: apt-get install webkit2gtk-driver xvfb'

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    const p = path.join(dir, name)
    if (dir && existsSync(p)) return p
  }
  return undefined
}

/** WebKitWebDriver, MiniBrowser and Xvfb; each may be overridden by an environment variable. */
export function findBinaries(): { driver: string; browser: string; xvfb: string } {
  const driver = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver')
  // Debian/Ubuntu keep MiniBrowser beside the library, Fedora in libexec.
  const browser =
    process.env.WEBKIT_MINIBROWSER ??
    [...globSync('/usr/lib/*/webkit2gtk-4.*/MiniBrowser'), ...globSync('/usr/libexec/webkit2gtk-4.*/MiniBrowser')].sort().at(-1)
  const xvfb = process.env.XVFB ?? onPath('Xvfb')
  const missing = [!driver && 'WebKitWebDriver (or set WEBKIT_WEBDRIVER)', !browser && 'MiniBrowser (or set WEBKIT_MINIBROWSER)', !xvfb && 'Xvfb (or set XVFB)'].filter(Boolean)
  if (missing.length) throw new Error(`[webkit] not found: ${missing.join(', ')}; ${INSTALL}`)
  return { driver: driver!, browser: browser!, xvfb: xvfb! }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
  })
}

/** Starts Xvfb on the first free display (it says which through -displayfd: no race with other X servers). */
export async function startXvfb(xvfb: string): Promise<{ display: string; process: ChildProcess }> {
  const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const display = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`[webkit] Xvfb did not start in 20 s: ${stderr}`)), 20_000)
    child.once('exit', (code) => reject(new Error(`[webkit] Xvfb exited (${code}): ${stderr}`)))
    child.stdio[3]!.once('data', (d: Buffer) => {
      clearTimeout(timer)
      resolve(`:${d.toString().trim()}`)
    })
  })
  child.removeAllListeners('exit')
  return { display, process: child }
}

/**
 * Starts WebKitWebDriver on a free port of 127.0.0.1 and waits until it
 * answers. `stop()` ends it and the MiniBrowser it started (its process group).
 */
export async function startDriver(driver: string, display: string): Promise<{ url: string; process: ChildProcess; stop: () => void }> {
  const port = await freePort()
  const child = spawn(driver, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display, WAYLAND_DISPLAY: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  })
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      /* already gone */
    }
  }
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break
    try {
      if ((await fetch(`${url}/status`)).ok) return { url, process: child, stop }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  stop()
  throw new Error(`[webkit] WebKitWebDriver did not answer on ${url}: ${stderr}`)
}
