// The layering of DEVELOPERS.md, checked on every run: the domain stays free of
// UI and outside libraries, and each outside library has one boundary folder.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../../src')

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(name) ? [p] : []
  })
}

const all = files(root).map((file) => {
  const text = readFileSync(file, 'utf8')
  const imports = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map(
    (m) => m[1] ?? m[2]!,
  )
  return { rel: path.relative(root, file), imports }
})

const importersOf = (test: (spec: string) => boolean) => all.filter((f) => f.imports.some(test)).map((f) => f.rel)
const top = (rel: string) => rel.split(path.sep)[0]
/** The top folder under src/ that a relative import from `rel` lands in ('..' when outside src). */
const target = (rel: string, spec: string) => top(path.relative(root, path.resolve(root, path.dirname(rel), spec)))

describe('architecture', () => {
  it('src/core is plain TypeScript: no React, DOM libraries or other layers', () => {
    const offenders = all
      .filter((f) => top(f.rel) === 'core')
      .flatMap((f) =>
        f.imports
          .filter((s) => /^(react|react-dom|wouter|tldraw|@tldraw\/|tesseract\.js|idb-keyval|@codemirror\/|codemirror)/.test(s) || (s.startsWith('.') && target(f.rel, s) !== 'core'))
          .map((s) => `${f.rel} imports ${s}`),
      )
    expect(offenders).toEqual([])
  })

  it('sees the imports it polices (the scan itself works)', () => {
    expect(importersOf((s) => s === 'tldraw')).toContain(path.join('canvas', 'InkCanvas.tsx'))
    expect(importersOf((s) => s === 'idb-keyval').length).toBeGreaterThan(0)
    expect(importersOf((s) => s.startsWith('react')).length).toBeGreaterThan(3)
    expect(target(path.join('core', 'review', 'testRun.ts'), '../problems/judge')).toBe('core')
    expect(target(path.join('core', 'x.ts'), '../features/a')).toBe('features')
  })

  it('only src/storage imports idb-keyval', () => {
    expect(importersOf((s) => s === 'idb-keyval' || s.startsWith('idb-keyval/')).filter((f) => top(f) !== 'storage')).toEqual([])
  })

  it('only src/ocr/tesseractEngine.ts imports tesseract.js', () => {
    expect(importersOf((s) => s.startsWith('tesseract.js'))).toEqual([path.join('ocr', 'tesseractEngine.ts')])
  })

  it('only src/canvas imports tldraw', () => {
    expect(importersOf((s) => s === 'tldraw' || s.startsWith('@tldraw/')).filter((f) => top(f) !== 'canvas')).toEqual([])
  })

  it('zod is imported at run time only through src/core/zod.ts (its CSP-safe setting comes first)', () => {
    const runtimeZod = all
      .filter((f) => /^\s*(?:import|export)\s+(?!type\b)[^'"]*from\s+['"]zod(?:\/[^'"]*)?['"]/m.test(readFileSync(path.join(root, f.rel), 'utf8')))
      .map((f) => f.rel)
    expect(runtimeZod).toEqual([path.join('core', 'zod.ts')])
  })

  it('lower layers never import screens', () => {
    const lower = new Set(['core', 'ocr', 'canvas', 'storage', 'ui', 'problems', 'runner'])
    const offenders = all
      .filter((f) => lower.has(top(f.rel)!))
      .flatMap((f) =>
        f.imports.filter((s) => s.startsWith('.') && ['features', 'app'].includes(target(f.rel, s)!)).map((s) => `${f.rel} imports ${s}`),
      )
    expect(offenders).toEqual([])
  })
})
