// What a WebKit spec works with: `app`, one MiniBrowser session on the
// production build, opened before the spec file's first test and closed after
// its last (setup.ts). Helpers find elements the way a user names them (role
// and accessible name, as Playwright's getByRole does) and write with pen
// pointer events through WebDriver Actions.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Builder, type WebDriver, type WebElement } from 'selenium-webdriver'
import { Command, Name as CommandName } from 'selenium-webdriver/lib/command.js'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'
import type { InkDocument } from '../../src/core/ink/ink'
import { startDriver } from './browser'
import { GUARD_KEY, startPreview, type Preview } from './server'

/** A role and an accessible name: exact text, or a pattern. */
export type Name = string | RegExp
const TIMEOUT = 30_000
// WEBKIT_TRACE=1 prints each step with the seconds since the spec file began.
const started = Date.now()
const trace = (what: string) => {
  if (process.env.WEBKIT_TRACE) console.log(`[webkit ${((Date.now() - started) / 1000).toFixed(1)} s] ${what}`)
}

// In the page: elements with that role (explicit, or the implicit one of the
// common tags) whose accessible name matches, visible ones only.
function findByRole(role: string, source: string | null, flags: string, exact: string | null): Element[] {
  const implicit: Record<string, string> = {
    button: 'button, input[type=button], input[type=submit]',
    link: 'a[href]',
    heading: 'h1, h2, h3, h4, h5, h6',
    textbox: 'input:not([type]), input[type=text], input[type=search], textarea',
    list: 'ul, ol',
    listitem: 'li',
    img: 'img[alt]',
    checkbox: 'input[type=checkbox]',
    combobox: 'select',
    radio: 'input[type=radio]',
  }
  const selector = [`[role="${role}"]`, implicit[role]].filter(Boolean).join(', ')
  const textOf = (el: Element) => {
    const labelledBy = el.getAttribute('aria-labelledby')
    const name =
      el.getAttribute('aria-label') ??
      (labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : null) ??
      ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement) && el.labels?.length ? [...el.labels].map((l) => l.textContent ?? '').join(' ') : null) ??
      (el instanceof HTMLImageElement ? el.alt : el.textContent) ??
      ''
    return name.replace(/\s+/g, ' ').trim()
  }
  const re = source === null ? null : new RegExp(source, flags)
  return [...document.querySelectorAll(selector)].filter((el) => {
    if (el.getAttribute('role') && el.getAttribute('role') !== role) return false
    const box = el.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) return false
    const name = textOf(el)
    return re ? re.test(name) : name === exact
  })
}

export class WebKitApp {
  constructor(
    readonly driver: WebDriver,
    readonly server: Preview,
  ) {}

  get baseUrl() {
    return this.server.url
  }

  /** Opens a path of the app, e.g. `/#/problem/two-sum`. */
  async goto(route: string) {
    trace(`goto ${route}`)
    await this.driver.get(new URL(route, this.baseUrl).href)
  }

  async reload() {
    trace('reload')
    await this.driver.navigate().refresh()
  }

  async url() {
    return this.driver.getCurrentUrl()
  }

  /** Runs a function in the page (its source is sent, so it must be self-contained). */
  async evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> {
    const res = (await this.driver.executeAsyncScript(
      `const done = arguments[arguments.length - 1];
       Promise.resolve((${fn.toString()}).apply(null, Array.from(arguments).slice(0, -1)))
         .then((v) => done({ ok: v === undefined ? null : v }),
           (e) => done({ error: e instanceof Error ? e.name + ': ' + e.message + (e.stack ? '\\n' + e.stack : '') : String(e) }))`,
      ...args,
    )) as { ok?: Awaited<T>; error?: string }
    if (res.error !== undefined) throw new Error(`[webkit] in the page: ${res.error}`)
    return res.ok as Awaited<T>
  }

  /** Waits until `check` returns something truthy, and returns it. */
  async waitFor<T>(what: string, check: () => Promise<T | undefined | null | false>, timeout = TIMEOUT): Promise<T> {
    trace(`wait for ${what}`)
    let last: unknown
    const value = await this.driver
      .wait(
        async () => {
          try {
            return (await check()) || false
          } catch (e) {
            last = e
            return false
          }
        },
        timeout,
        `[webkit] waited ${timeout / 1000} s for ${what}${last ? ` (last error: ${String(last)})` : ''}`,
      )
      .catch((e: Error) => {
        throw new Error(`${e.message}${last ? ` (last error: ${String(last)})` : ''}`)
      })
    return value as T
  }

  /** The first visible element with this role and accessible name, once there is one. */
  async byRole(role: string, name: Name, timeout = TIMEOUT): Promise<WebElement> {
    const args = name instanceof RegExp ? [name.source, name.flags, null] : [null, '', name]
    return this.waitFor(`${role} "${String(name)}"`, async () => {
      const found = (await this.driver.executeScript(`return (${findByRole.toString()}).apply(null, arguments)`, role, ...args)) as WebElement[]
      return found[0]
    }, timeout)
  }

  async click(role: string, name: Name, timeout = TIMEOUT) {
    trace(`click ${role} "${String(name)}"`)
    await (await this.byRole(role, name, timeout)).click()
  }

  /** Waits until the element's text matches. */
  async waitForText(el: WebElement, text: Name, timeout = TIMEOUT): Promise<string> {
    return this.waitFor(`text ${String(text)}`, async () => {
      const t = await el.getText()
      return (typeof text === 'string' ? t.includes(text) : text.test(t)) ? t : false
    }, timeout)
  }

  /**
   * Writes an ink/v1 page on the board with W3C pointer actions: by default a
   * pen (pointerType "pen"), one action sequence per stroke, as fast as the
   * driver goes. `margin` puts the writing that far from the board's corner.
   * WebKitWebDriver waits for the page to handle each event, and tldraw's
   * handling is what costs, so points closer than `minStep` px to the last one
   * sent are skipped (py1.ink.json: 568 points -> 264 at 4 px).
   */
  async writeInk(ink: InkDocument, { pointer = 'pen', margin = 60, minStep = 4 }: { pointer?: 'pen' | 'mouse'; margin?: number; minStep?: number } = {}) {
    const board = await this.waitFor('the board', () =>
      this.evaluate(() => {
        const r = document.querySelector('.tl-canvas')?.getBoundingClientRect()
        return r && r.width > 0 ? { x: r.x, y: r.y } : null
      }),
    )
    let minX = Infinity
    let minY = Infinity
    for (const s of ink.strokes)
      for (const p of s.points) {
        minX = Math.min(minX, p[0])
        minY = Math.min(minY, p[1])
      }
    const at = (p: readonly number[]) => ({ x: Math.round(board.x + margin + p[0]! - minX), y: Math.round(board.y + margin + p[1]! - minY) })
    const move = (p: readonly number[]) => ({ type: 'pointerMove', origin: 'viewport', duration: 0, ...at(p) })
    const actions: object[] = []
    for (const stroke of ink.strokes) {
      const [first, ...rest] = stroke.points
      if (!first) continue
      let last = first
      const kept = rest.filter((p, i) => {
        const keep = i === rest.length - 1 || Math.hypot(p[0] - last[0], p[1] - last[1]) >= minStep
        if (keep) last = p
        return keep
      })
      // A pen may carry pressure; WebKitGTK 2.50 ignores it (see README.md).
      actions.push(move(first), { type: 'pointerDown', button: 0, pressure: 0.5 })
      for (const p of kept.length ? kept : [[first[0] + 1, first[1] + 1]]) actions.push({ ...move(p), pressure: 0.5 })
      actions.push({ type: 'pointerUp', button: 0 })
    }
    trace(`write ${ink.strokes.length} strokes with a ${pointer}: ${actions.length} pointer actions`)
    // The W3C "Perform Actions" payload as the spec writes it, in one call (the
    // page, not the driver, sets the pace: WebKit waits for each event to be handled).
    const sequence = { type: 'pointer', id: pointer, parameters: { pointerType: pointer }, actions }
    await this.driver.execute(new Command(CommandName.ACTIONS).setParameter('actions', [sequence]))
  }

  /** Imports attempts through Settings, as a user restoring a backup would. */
  async importAttempts(attempts: readonly Attempt[]) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'inkterview-webkit-')), 'backup.zip')
    writeFileSync(file, await buildBackup(attempts))
    await this.goto('/#/settings')
    const input = await this.waitFor('the backup file input', async () => (await this.driver.findElements({ css: 'input[type=file]' }))[0])
    await input.sendKeys(file)
    const result = await this.waitFor('the import result', async () => (await this.driver.findElements({ css: '[data-testid="settings-result"]' }))[0])
    await this.waitForText(result, `Imported ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} `)
  }

  /**
   * Waits until the service worker has precached the build and controls the
   * page (what "after one visit" means for the offline tests).
   */
  async waitForServiceWorker(timeout = 240_000) {
    await this.waitFor(
      'the service worker to take control (precache done)',
      () => this.evaluate(() => navigator.serviceWorker?.controller?.state === 'activated'),
      timeout,
    )
  }

  /** Cuts the network: every request to the server fails from now on (true), or works again (false). */
  setOffline(offline: boolean) {
    trace(offline ? 'network cut' : 'network back')
    this.server.setOffline(offline)
  }

  /** The console guard's reports since the last call; null when the page has no guard. */
  async takeConsoleReports(): Promise<string[] | null> {
    const r = (await this.driver.executeScript(
      `const key = arguments[0]; if (!window[key]) return null;
       const list = sessionStorage.getItem(key); sessionStorage.removeItem(key); return list || '[]'`,
      GUARD_KEY,
    )) as string | null
    return r === null ? null : (JSON.parse(r) as string[])
  }
}

let current: WebKitApp | undefined

/** The spec file's session (see setup.ts). */
export const app = new Proxy({} as WebKitApp, {
  get(_, key) {
    if (!current) throw new Error('[webkit] no browser session: specs run under tests/webkit/vitest.config.ts')
    const v = Reflect.get(current, key, current) as unknown
    return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(current) : v
  },
})

export async function openApp(opts: { display: string; webdriver: string; minibrowser: string; port: number }): Promise<WebKitApp> {
  const server = await startPreview(opts.port)
  let stop: (() => void) | undefined
  try {
    const webdriver = await startDriver(opts.webdriver, opts.display)
    stop = webdriver.stop
    const driver = await new Builder()
      .usingServer(webdriver.url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: opts.minibrowser, args: ['--automation', '--enable-media-stream=true', '--enable-mock-capture-devices=true'] },
      })
      .build()
    await driver.manage().window().setRect({ x: 0, y: 0, width: 1280, height: 900 })
    current = new WebKitApp(driver, server)
    stopDriver = webdriver.stop
    return current
  } catch (e) {
    stop?.()
    await server.close()
    throw e
  }
}

let stopDriver = () => {}

export async function closeApp() {
  const a = current
  current = undefined
  if (!a) return
  try {
    // Bounded: a driver still busy with a timed-out test may never answer.
    await Promise.race([a.driver.quit(), new Promise((r) => setTimeout(r, 15_000))])
  } catch {
    /* the browser goes with its driver below */
  } finally {
    stopDriver()
    await a.server.close()
  }
}
