// The console guard itself: it must see what it is there to see, or every
// other spec's "no errors" would prove nothing. The page is made to log an
// error and to break the CSP (eval), and the guard's reports are checked
// (and taken, so the check after the test finds none).
import { expect, test } from 'vitest'
import { app } from './app'

test('[webkit] the console guard reports a console error and a CSP violation (eval)', async () => {
  await app.goto('/#/settings')
  await app.byRole('heading', 'Settings')
  expect(await app.takeConsoleReports()).toEqual([])
  await app.evaluate(() => {
    console.error('guard check')
    try {
      new Function('return 1')()
    } catch {
      /* refused by the CSP, as it should be */
    }
  })
  const reports: string[] = []
  await app.waitFor('both reports', async () => {
    reports.push(...((await app.takeConsoleReports()) ?? []))
    return reports.length >= 2
  })
  expect(reports.join('\n')).toMatch(/console\.error: guard check/)
  expect(reports.join('\n')).toMatch(/CSP violation: script-src/)
})
