import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { ATTEMPT_SCHEMA_VERSION } from '../../src/core/attempts/schema'
import { MIGRATIONS, detectVersion, hintTimesAndOutcome, prototypeToV1, restoreAttempt, restoreMany } from '../../src/core/attempts/restore'

const fixture = (name: string) => JSON.parse(readFileSync(new URL(`../fixtures/attempts/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>
const ctx = { source: 'test', key: 'k' }

describe('migration steps', () => {
  it('are ordered and end at the current version', () => {
    MIGRATIONS.forEach((m, i) => expect(m.from).toBe(i))
    expect(MIGRATIONS.at(-1)!.to).toBe(ATTEMPT_SCHEMA_VERSION)
  })

  it('prototype-to-v1 turns the prototype fixture into a v1 record', () => {
    const v0 = fixture('v0-prototype.json')
    expect(detectVersion(v0)).toBe(0)
    const v1 = prototypeToV1.migrate(v0)
    expect(v1).toMatchObject({
      schemaVersion: 1,
      id: 'p-1699990000',
      problemId: 'two-sum',
      problemTitle: 'Two Sum',
      language: 'python',
      status: 'finished',
      startedAt: 1699990000000,
      endedAt: 1699990930000,
      timer: { suggestedMs: 1_200_000, elapsedMs: 930_400, runningSince: null },
      hints: [],
      verdict: null,
      transcript: { recognised: 'def two_sum(nums, target):\n    seen = {}', edited: 'def two_sum(nums, target):\n    seen = {}' },
      updatedAt: 1699990930000,
      device: 'ipad-prototype',
    })
    expect((v1.ink as { strokes: unknown[] }).strokes).toEqual(v0.strokes)
    for (const gone of ['problem', 'lang', 'started', 'seconds', 'strokes', 'text', 'done']) expect(v1).not.toHaveProperty(gone)
  })

  it('hint-times-and-outcome turns the v1 fixture into a v2 record', () => {
    const v1 = fixture('v1.json')
    expect(detectVersion(v1)).toBe(1)
    const v2 = hintTimesAndOutcome.migrate(v1)
    expect(v2.schemaVersion).toBe(2)
    expect(v2.hintsRevealed).toEqual([
      { index: 0, atMs: 120000 },
      { index: 1, atMs: 300000 },
    ])
    expect(v2.outcome).toBe('partial')
    expect(v2).not.toHaveProperty('hints')
    expect(v2).not.toHaveProperty('verdict')
    expect(v2.answerShownAtMs).toBe(550000)
    expect(hintTimesAndOutcome.migrate({ ...v1, verdict: null }).outcome).toBe('unrated')
  })
})

describe('restore gate', () => {
  it.each(['v0-prototype.json', 'v1.json', 'v2.json'])('restores %s to the current version, keeping unknown fields', (name) => {
    const r = restoreAttempt(fixture(name), ctx)
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    expect(r.attempt.schemaVersion).toBe(ATTEMPT_SCHEMA_VERSION)
    expect(r.attempt.ink.format).toBe('ink/v1')
    expect(r.migratedFrom).toBe(name === 'v2.json' ? null : Number(name[1]))
  })

  it('keeps unknown fields of every version', () => {
    const a = restoreAttempt(fixture('v0-prototype.json'), ctx)
    const b = restoreAttempt(fixture('v1.json'), ctx)
    const c = restoreAttempt(fixture('v2.json'), ctx)
    expect(a.ok && a.attempt.device).toBe('ipad-prototype')
    expect(b.ok && b.attempt.answerShownAtMs).toBe(550000)
    expect(c.ok && c.attempt.fromAFutureMinorRelease).toEqual({ keep: ['me'] })
  })

  it('accepts a freshly created attempt as is', () => {
    const a = createAttempt({ problemId: 'x', problemTitle: 'X', language: 'sql', suggestedMs: 60_000, now: 1 })
    const r = restoreAttempt(a, ctx)
    expect(r.ok && r.attempt).toEqual(a)
  })

  it('names the record and field of every problem, and never throws', () => {
    const bad = { ...fixture('v2.json'), startedAt: 'yesterday', language: 'cobol', timer: { suggestedMs: -5, elapsedMs: 0, runningSince: null } }
    const r = restoreAttempt(bad, { source: 'backup.zip', key: 'attempts/x/attempt.json' })
    expect(r.ok).toBe(false)
    if (r.ok) return
    const fields = r.issues.map((i) => i.field)
    expect(fields).toEqual(expect.arrayContaining(['startedAt', 'language', 'timer.suggestedMs']))
    expect(r.issues.every((i) => i.source === 'backup.zip' && i.key === 'attempts/x/attempt.json')).toBe(true)
  })

  it.each([
    ['not an object', 42, ''],
    ['array', [], ''],
    ['null', null, ''],
    ['newer version', { ...fixture('v2.json'), schemaVersion: 99 }, 'schemaVersion'],
    ['fractional version', { ...fixture('v2.json'), schemaVersion: 1.5 }, 'schemaVersion'],
    ['no version, not prototype', { id: 'x' }, 'schemaVersion'],
    ['infinite number', { ...fixture('v2.json'), updatedAt: JSON.parse('1e999') }, 'updatedAt'],
    ['huge timestamp', { ...fixture('v2.json'), startedAt: 1e300 }, 'startedAt'],
    ['NaN in ink', { ...fixture('v2.json'), ink: { format: 'ink/v1', strokes: [{ points: [[NaN, 1]] }] } }, 'ink.strokes[0].points[0][0]'],
    ['bad ink format', { ...fixture('v2.json'), ink: { format: 'ink/v9', strokes: [] } }, 'ink.format'],
    ['ink JSON text broken', { ...fixture('v2.json'), ink: '{"format":"ink/v1","str' }, 'ink.JSON'],
    ['50 MB string', { ...fixture('v2.json'), notes: 'x'.repeat(50 * 1024 * 1024) }, 'notes'],
    ['long title with script', { ...fixture('v2.json'), problemTitle: '<script>alert(1)</script>'.repeat(100) }, 'problemTitle'],
    ['unsafe id', { ...fixture('v2.json'), id: '../../etc/passwd' }, 'id'],
    ['bad rating', { ...fixture('v2.json'), rating: { correctness: 5 } }, 'rating.correctness'],
    ['image not a blob', { ...fixture('v2.json'), image: 'data:image/png;base64,AAAA' }, 'image'],
  ])('rejects %s', (_name, raw, field) => {
    const r = restoreAttempt(raw, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues.map((i) => i.field)).toContain(field)
  })

  it('rejects __proto__ keys anywhere, without touching any prototype', () => {
    const raw = JSON.parse(`{"schemaVersion":2,"id":"a","rating":{"__proto__":{"polluted":true}}}`)
    const r = restoreAttempt(raw, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]!.field).toBe('rating.__proto__')
    const top = restoreAttempt(JSON.parse(`{"__proto__":{"polluted":true},"schemaVersion":2}`), ctx)
    expect(top.ok).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('accepts a fractional OCR time (a performance.now() difference)', () => {
    const r = restoreAttempt({ ...fixture('v2.json'), transcript: { recognised: 'x', edited: 'x', lines: [], ocrMs: 1234.5678 } }, ctx)
    expect(r.ok && r.attempt.transcript?.ocrMs).toBe(1234.5678)
  })

  it('keeps <script> in short text as plain text (it is only ever rendered as text)', () => {
    const r = restoreAttempt({ ...fixture('v2.json'), problemTitle: '<script>alert(1)</script>' }, ctx)
    expect(r.ok && r.attempt.problemTitle).toBe('<script>alert(1)</script>')
  })

  it('restoreMany skips bad records and reports them, keeping good ones', () => {
    const r = restoreMany(
      [
        { raw: fixture('v1.json'), key: 'a' },
        { raw: { schemaVersion: 2 }, key: 'b' },
        { raw: fixture('v2.json'), key: 'c' },
      ],
      'IndexedDB',
    )
    expect(r.attempts.map((a) => a.id)).toEqual(['a-lq2x-0001', 'a-lq2x-0002'])
    expect(new Set(r.issues.map((i) => i.key))).toEqual(new Set(['b']))
  })
})

describe('choice answers ("read this code" attempts)', () => {
  const base = () => ({ ...createAttempt({ problemId: 'read-x', problemTitle: 'X', language: 'python', suggestedMs: 60_000, now: 1_000 }), status: 'finished', endedAt: 2_000 })
  it('pass the gate when well formed', () => {
    const choiceAnswers = { answeredAt: 2_000, answers: [{ id: 'time', chosen: [1], correct: true }] }
    const r = restoreAttempt({ ...base(), choiceAnswers }, ctx)
    if (!r.ok) throw new Error(JSON.stringify(r.issues))
    expect(r.attempt.choiceAnswers).toEqual(choiceAnswers)
  })
  it('are rejected, naming the field, when malformed', () => {
    const r = restoreAttempt({ ...base(), choiceAnswers: { answeredAt: 2_000, answers: [{ id: 'time', chosen: ['b'], correct: true }] } }, ctx)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]!.field).toBe('choiceAnswers.answers[0].chosen[0]')
  })
})
