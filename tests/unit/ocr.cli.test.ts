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
}, 60_000)
