// Debian's Chromium, driven by Playwright: a browser download is impossible on
// these machines, so we point Playwright at the system binary.
import { execSync } from 'node:child_process'

export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH
  if (fromEnv) return fromEnv
  try {
    return execSync('command -v chromium || command -v chromium-browser', { shell: '/bin/sh' })
      .toString()
      .trim()
  } catch {
    throw new Error('No Chromium found: install it (apt-get install chromium) or set CHROMIUM_PATH')
  }
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
