// The production build served by `vite preview` (the same bytes a user gets,
// CSP included) with two additions for the WebKit suite:
//
// - A console guard. Classic WebDriver has no console log, and WebKitWebDriver
//   no BiDi, so the page records its own console errors, uncaught errors and
//   CSP violation reports (into sessionStorage, which survives reloads) from a
//   script added to index.html ahead of the app's own (`script-src 'self'`
//   allows it). setup.ts reads them after each test.
// - A network switch. `setOffline(true)` makes the server drop every request's
//   connection, as if it were gone, except the guard's own script: the service
//   worker must serve everything else.
import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { preview, type Plugin, type PreviewServer } from 'vite'

export const GUARD_KEY = '__consoleGuard'
const GUARD_PATH = '/__console-guard.js'

/** Runs in the page, before the app. Self-contained: it is sent as its source text. */
function consoleGuard(key: string) {
  const w = window as unknown as Record<string, unknown>
  if (w[key]) return
  w[key] = true
  const add = (line: string) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(key) ?? '[]') as string[]
      list.push(`${line} [page ${location.pathname}${location.hash}]`)
      sessionStorage.setItem(key, JSON.stringify(list))
    } catch {
      /* storage full or blocked: nothing better to do from here */
    }
  }
  const show = (a: unknown) => (a instanceof Error ? (a.stack ?? a.message) : typeof a === 'string' ? a : String(a))
  document.addEventListener('securitypolicyviolation', (e) =>
    add(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
  )
  addEventListener('error', (e) => add(`uncaught: ${e.message} at ${e.filename}:${e.lineno}`))
  addEventListener('unhandledrejection', (e) => add(`unhandled rejection: ${show(e.reason)}`))
  const error = console.error.bind(console)
  console.error = (...args: unknown[]) => {
    add(`console.error: ${args.map(show).join(' ')}`)
    error(...args)
  }
}

export interface Preview {
  url: string
  setOffline(offline: boolean): void
  /** Paths asked for while offline (each was refused). */
  refused: string[]
  close(): Promise<void>
}

export async function startPreview(port: number): Promise<Preview> {
  const html = readFileSync('dist/index.html', 'utf8').replace('</head>', `  <script src="${GUARD_PATH}"></script>\n  </head>`)
  if (!html.includes(GUARD_PATH)) throw new Error('[webkit] dist/index.html has no </head> to add the console guard to')
  const guard = `(${consoleGuard.toString()})(${JSON.stringify(GUARD_KEY)})\n`
  const state = { offline: false, refused: [] as string[] }

  const plugin: Plugin = {
    name: 'inkterview-webkit-suite',
    configurePreviewServer(server) {
      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: () => void) => {
        const path = (req.url ?? '/').split(/[?#]/)[0]!
        if (path === GUARD_PATH) {
          res.setHeader('Content-Type', 'text/javascript')
          res.setHeader('Cache-Control', 'no-store')
          res.end(guard)
        } else if (state.offline) {
          state.refused.push(path)
          req.socket.destroy()
        } else if (path === '/' || path === '/index.html') {
          res.setHeader('Content-Type', 'text/html')
          res.end(html)
        } else next()
      })
    },
  }
  const server: PreviewServer = await preview({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    plugins: [plugin],
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  return {
    url: `http://127.0.0.1:${port}`,
    setOffline: (offline) => {
      state.offline = offline
    },
    refused: state.refused,
    close: () => server.close(),
  }
}
