// Once per WebKit run: an X server and WebKitWebDriver (each spec file then
// opens its own browser session on them, see setup.ts). Also refuses to test a
// missing or stale production build.
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { findBinaries, startDriver, startXvfb } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    webdriverUrl: string
    minibrowser: string
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/sw.js')) throw new Error('[webkit] no production build in dist/: run `npx vite build` first')
  const bin = findBinaries()
  const children: ChildProcess[] = []
  const stop = () => {
    for (const c of children.reverse()) if (c.exitCode === null && c.signalCode === null) c.kill()
  }
  // Never leave an X server or a driver behind, however the run ends.
  process.once('exit', stop)
  try {
    const x = await startXvfb(bin.xvfb)
    children.push(x.process)
    const driver = await startDriver(bin.driver, x.display)
    children.push(driver.process)
    project.provide('webdriverUrl', driver.url)
    project.provide('minibrowser', bin.browser)
  } catch (e) {
    stop()
    throw e
  }
  return stop
}
