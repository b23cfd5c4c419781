// On an https domain without a tldraw licence key, tldraw withdraws the editor
// after about 5 s. The candidate must see why, not a blank board. Served here
// over https from a made-up domain mapped to this machine.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { expect, test } from './fixtures'
import { chromiumArgs, chromiumPath } from './chromium'

const HOST = 'inkterview.example'
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
}

function serveDistOverHttps(): Promise<{ server: Server; port: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'inkterview-tls-'))
  const key = path.join(dir, 'key.pem')
  const cert = path.join(dir, 'cert.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${HOST}`], { stdio: 'ignore' })
  const root = path.resolve('dist')
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const rel = decodeURIComponent((req.url ?? '/').split('?')[0]!)
    let file = path.join(root, rel)
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) file = path.join(root, 'index.html')
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream')
    res.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port })))
}

test('without a licence key on an https domain, the canvas says why it is gone', async () => {
  test.skip(!!process.env.VITE_TLDRAW_LICENSE_KEY, 'a licence key is set for this build')
  const { server, port } = await serveDistOverHttps()
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  })
  try {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, serviceWorkers: 'block' })
    const page = await context.newPage()
    await page.goto(`https://${HOST}:${port}/#/problem/two-sum`)
    await page.getByRole('button', { name: 'Start' }).click()
    await expect(page.getByRole('alert')).toContainText('The handwriting canvas is switched off on this site', { timeout: 20_000 })
    await expect(page.getByRole('alert')).toContainText('VITE_TLDRAW_LICENSE_KEY')
  } finally {
    await browser.close()
    server.close()
  }
})
