// Once per WebKit run: an X server (each spec file then starts its own
// WebKitWebDriver and browser on it, see setup.ts, so a driver that dies takes
// one file down, not the run). Also refuses to test without a production build.
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { TestProject } from 'vitest/node'
import { findBinaries, startXvfb } from './browser'

declare module 'vitest' {
  export interface ProvidedContext {
    display: string
    webdriver: string
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
  // Never leave an X server behind, however the run ends.
  process.once('exit', stop)
  try {
    const x = await startXvfb(bin.xvfb)
    children.push(x.process)
    project.provide('display', x.display)
    project.provide('webdriver', bin.driver)
    project.provide('minibrowser', bin.browser)
  } catch (e) {
    stop()
    throw e
  }
  return stop
}
