// sandbox.html's shell (build/sandbox.ts): a same-origin page, so it must run
// no script of its own, hold the sandbox only as an opaque-origin frame, and
// hand that frame its document unchanged (its script is allowed by hash).
import { createHash } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { sandboxShellHtml } from '../../build/sandbox'

const script = `const s = "</b> & \\"quoted\\" <i>"; parent.postMessage(s, '*')`
const hash = createHash('sha256').update(script, 'utf8').digest('base64')
const doc = `<!doctype html>\n<html><head><script>${script}</script></head><body title="a & b"></body></html>\n`
const shell = sandboxShellHtml({ html: doc, scriptHash: hash })

/** What an HTML parser gives back for a double-quoted attribute value with these character references. */
const decode = (v: string) => v.replace(/&(lt|gt|quot|amp);/g, (_, n: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[n]!)

describe('the sandbox shell', () => {
  test('runs no script of its own and frames the sandbox with scripts only (an opaque origin)', () => {
    expect(shell).not.toMatch(/<script/i)
    const frames = shell.match(/<iframe\b[^>]*>/g) ?? []
    expect(frames).toHaveLength(1)
    expect(frames[0]).toMatch(/ sandbox="allow-scripts" /)
    expect(frames[0]).not.toMatch(/allow-same-origin/)
  })

  test('hands the frame its document exactly, so the script hash holds', () => {
    const srcdoc = /srcdoc="([^"]*)"/.exec(shell)?.[1]
    expect(srcdoc).toBeDefined()
    expect(decode(srcdoc!)).toBe(doc)
  })

  test("carries the sandbox's policy, which the srcdoc frame inherits: no connections, scripts only by hash, blob: and eval", () => {
    const policy = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(shell)?.[1]
    expect(policy).toContain("connect-src 'none'")
    expect(policy).toContain(`script-src 'sha256-${hash}' blob: 'unsafe-eval' 'wasm-unsafe-eval'`)
    expect(policy).toContain("default-src 'none'")
  })
})
