// `npm run --silent ocr -- FILE...`: one JSON line per readable file, one
// stderr line per bad one naming it and the problem, non-zero exit if any was bad.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'

it('reads the good files, names the bad one on stderr, and exits non-zero', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocr-cli-'))
  const bad = path.join(dir, 'bad.ink.json')
  writeFileSync(bad, JSON.stringify({ format: 'ink/v1', strokes: [{ points: [[1, 2], [3, 'x']] }] }))
  const good = 'tests/fixtures/ink/unit/add.ink.json'
  const r = spawnSync(process.execPath, ['--experimental-transform-types', '--no-warnings', 'scripts/ocr.ts', bad, good], { encoding: 'utf8' })
  expect(r.status).not.toBe(0)
  const err = r.stderr.trim().split('\n')
  expect(err).toHaveLength(1)
  expect(err[0]).toContain('bad.ink.json')
  expect(err[0]).toContain('strokes[0].points[1][1]')
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; text: string; ms: number })
  expect(out).toHaveLength(1)
  expect(out[0]!.file).toBe(good)
  expect(out[0]!.text).toContain('return a + b')
  expect(out[0]!.ms).toBeGreaterThan(0)
}, 180_000) // both engines: PaddleOCR's model loads in a few seconds on a quiet machine

it('learns the writer from the --learn pages (ink with its text) and then reads the others, one line each', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocr-cli-'))
  const noText = path.join(dir, 'no-text.ink.json')
  writeFileSync(noText, JSON.stringify({ format: 'ink/v1', strokes: [{ points: [[1, 2], [3, 4]] }] }))
  const learnt = 'tests/fixtures/ink/unit/add.ink.json'
  const read = 'tests/fixtures/ink/synthetic-neat/py6.ink.json'
  const args = ['--experimental-transform-types', '--no-warnings', 'scripts/ocr.ts', '--no-paddle', '--learn', learnt, '--learn', noText, read]
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' })
  // The page without its text cannot be learnt from: said, and the exit says so; the rest is done.
  expect(r.status).not.toBe(0)
  expect(r.stderr).toMatch(/no-text\.ink\.json: --learn needs the page's corrected text/)
  const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; text: string })
  expect(out.map((o) => o.file)).toEqual([read])
  expect(out[0]!.text).toContain('def fib(n):')
}, 180_000)
