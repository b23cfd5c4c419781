import { chromium } from '@playwright/test'
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts'
const b = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs })
const cases = JSON.parse(process.argv[2] ?? '[["land",{"width":1180,"height":820},"light"]]')
for (const [name, vp, scheme] of cases) {
  const c = await b.newContext({ viewport: vp, colorScheme: scheme, hasTouch: true })
  const p = await c.newPage()
  p.on('console', (m) => m.type() === 'error' && console.log('console', m.text()))
  p.on('pageerror', (e) => console.log('pageerror', e.message))
  console.log(name, 'goto')
  await p.goto('http://127.0.0.1:4187/#/problem/two-sum')
  await p.getByRole('button', { name: 'Start' }).click()
  console.log(name, 'started')
  await p.locator('.tl-canvas').waitFor({ timeout: 90000 })
  console.log(name, 'canvas')
  const box = (await p.locator('.tl-canvas').boundingBox())!
  await p.mouse.move(box.x + 100, box.y + 100)
  await p.mouse.down()
  await p.mouse.move(box.x + 300, box.y + 130, { steps: 10 })
  await p.mouse.up()
  console.log(name, 'drawn')
  await p.waitForTimeout(800)
  await p.screenshot({ path: `/tmp/${name}.png` })
  console.log(name, 'shot')
  await c.close()
}
await b.close()
