// The Chromium suite's `test`: Playwright's, plus a guard that fails any test
// whose pages or workers logged a console error, threw an uncaught error, or
// reported a CSP violation (see ../console-guard.ts for the few explained ones).
// Every spec imports `test` and `expect` from here, not from @playwright/test.
import { expect, test as base } from '@playwright/test'
import { unexplained } from '../console-guard'

export { expect }

export const test = base.extend<{ allowConsoleErrors: RegExp[]; consoleGuard: void }>({
  /** Errors a test provokes on purpose: `test.use({ allowConsoleErrors: [/.../] })`, with a comment saying why. */
  allowConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, allowConsoleErrors }, use) => {
      const reports: string[] = []
      context.on('console', (m) => {
        if (m.type() !== 'error') return
        const at = m.location().url ? ` (${m.location().url}:${m.location().lineNumber})` : ''
        reports.push(`console.error: ${m.text()}${at}`)
      })
      context.on('weberror', (e) => reports.push(`uncaught: ${e.error().message}`))
      // Chromium logs a CSP violation as a browser message, which Playwright's
      // console event does not carry; the page's own event does.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`)
        })
      })
      await use()
      expect(unexplained('chromium', reports, allowConsoleErrors), '[chromium] console errors, uncaught errors and CSP violation reports').toEqual([])
    },
    { auto: true },
  ],
})
