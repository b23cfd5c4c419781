// Fuzzed import: over a thousand corrupt or hostile backup files, generated
// from a fixed seed. Every one must come back as a message (never an
// exception), and the stored attempts must stay exactly as they were.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { buildBackup } from '../../src/core/backup/backup'
import { closeAttemptsDb, saveAttempt } from '../../src/storage/attempts'
import { importBackup } from '../../src/storage/backup'

// ---- deterministic randomness ----
function mulberry32(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const rand = mulberry32(20261125)
const int = (n: number) => Math.floor(rand() * n)
const pick = <T,>(xs: readonly T[]): T => xs[int(xs.length)]!

// ---- a valid base backup (ids not in the store: importing it WOULD change the store) ----
const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1])
function sample(i: number): Attempt {
  const a = createAttempt({ problemId: `p${i}`, problemTitle: `Problem ${i}`, language: 'python', suggestedMs: 1_200_000, now: 1_700_000_000_000 + i, id: `att-${i}` })
  return {
    ...a,
    ink: { format: 'ink/v1', strokes: [{ points: [[1, 2, 0.5, 0], [3, 4, 0.5, 16], [5, 6, 0.5, 32]] }, { points: [[7, 8]] }], language: 'python' },
    transcript: { recognised: 'x = 1', edited: 'x = 1', lines: [], ocrMs: 10 },
    rating: { correctness: 2 },
    hintsRevealed: [{ index: 0, atMs: 5 }],
    image: i % 2 ? new Blob([PNG], { type: 'image/png' }) : null,
  }
}

// ---- zip patching helpers (offsets of central directory entries) ----
interface CdEntry {
  cd: number
  local: number
  name: string
}
function cdEntries(z: Uint8Array): { eocd: number; entries: CdEntry[] } {
  const v = new DataView(z.buffer, z.byteOffset, z.byteLength)
  let eocd = z.length - 22
  while (v.getUint32(eocd, true) !== 0x06054b50) eocd--
  const entries: CdEntry[] = []
  let p = v.getUint32(eocd + 16, true)
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const n = v.getUint16(p + 28, true)
    entries.push({ cd: p, local: v.getUint32(p + 42, true), name: strFromU8(z.subarray(p + 46, p + 46 + n)) })
    p += 46 + n + v.getUint16(p + 30, true) + v.getUint16(p + 32, true)
  }
  return { eocd, entries }
}
const patch = (z: Uint8Array, f: (v: DataView, info: ReturnType<typeof cdEntries>) => void): Uint8Array => {
  const c = z.slice()
  f(new DataView(c.buffer), cdEntries(c))
  return c
}

// Values that are wrong for every top-level or nested field they replace (JSON text).
const deep = '['.repeat(50) + ']'.repeat(50)
const HOSTILE_VALUES = [
  'true',
  'false',
  '1e999',
  '-1e999',
  '-1',
  '1.5',
  '1e300',
  'NaN',
  '-Infinity',
  'undefined',
  deep,
  '{"__proto__":{"polluted":1}}',
  '[{"__proto__":{"polluted":1}}]',
  `"<script>alert(1)</script>${'A'.repeat(600)}"`,
  `"${'x'.repeat(1_000_001)}"`,
  '"\\ud800"',
]
const FIELDS = [
  'schemaVersion', 'id', 'problemId', 'problemTitle', 'language', 'status', 'startedAt', 'endedAt', 'timer', 'hintsRevealed',
  'transcript', 'rating', 'outcome', 'updatedAt', 'timer.suggestedMs', 'timer.elapsedMs', 'hintsRevealed.0.index',
  'hintsRevealed.0.atMs', 'transcript.edited', 'transcript.recognised', 'transcript.ocrMs', 'transcript.lines', 'rating.correctness',
]
const REQUIRED = FIELDS.filter((f) => !f.includes('.'))
// Free-text fields accept a lone surrogate ("\ud800") or <script> as plain text, within their length limits:
// there the hostile value is text over the limit instead.
const FREE_TEXT = new Set(['problemId', 'problemTitle', 'transcript.edited', 'transcript.recognised'])
const LONG_TEXT = `"<script>${'x'.repeat(1_000_001)}"`

function setPath(obj: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.')
  let o: Record<string, unknown> = obj
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>
  o[keys.at(-1)!] = value
}
function deletePath(obj: Record<string, unknown>, path: string) {
  delete obj[path]
}

interface Case {
  name: string
  bytes: Uint8Array
}

async function generateCases(): Promise<Case[]> {
  const base = await buildBackup([sample(101), sample(102), sample(103)], 1_760_000_000_000)
  const files = () => unzipSync(base) as Record<string, Uint8Array>
  const rec = (id: string) => `attempts/${id}/attempt.json`
  const ink = (id: string) => `attempts/${id}/strokes.ink.json`
  const ids = ['att-101', 'att-102', 'att-103']
  const rezip = (f: Zippable) => zipSync(f)
  const cases: Case[] = []
  const add = (name: string, bytes: Uint8Array) => cases.push({ name: `${String(cases.length).padStart(4, '0')}-${name}.zip`, bytes })

  // Truncated zips.
  for (let i = 0; i < 150; i++) add('truncated', base.slice(0, 1 + int(base.length - 1)))
  // Byte flips inside entry data (CRC or inflate catches them).
  {
    const { entries } = cdEntries(base)
    const v = new DataView(base.buffer, base.byteOffset)
    for (let i = 0; i < 150; i++) {
      const e = pick(entries)
      const start = e.local + 30 + v.getUint16(e.local + 26, true) + v.getUint16(e.local + 28, true)
      const size = v.getUint32(e.cd + 20, true)
      const c = base.slice()
      const at = start + int(Math.max(1, size - 2))
      c[at] = c[at]! ^ (1 << int(8))
      add(`flip-${e.name.replace(/\W/g, '_')}`, c)
    }
  }
  // Hostile values in record fields.
  for (let i = 0; i < 300; i++) {
    const f = files()
    const id = pick(ids)
    const field = pick(FIELDS)
    let value = pick(HOSTILE_VALUES)
    if (FREE_TEXT.has(field) && (value === '"\\ud800"' || value.startsWith('"<script>'))) value = LONG_TEXT
    if (field === 'transcript.ocrMs' && value === '1.5') value = '-1' // fractional milliseconds are fine there
    const r = JSON.parse(strFromU8(f[rec(id)]!))
    setPath(r, field, '__HOSTILE__')
    f[rec(id)] = strToU8(JSON.stringify(r).replace('"__HOSTILE__"', value))
    // Megabyte values are stored rather than deflated: the same file to the reader, much quicker to build.
    add(`record-${field}`, value.length > 100_000 ? zipSync(f, { level: 0 }) : rezip(f))
  }
  // Required fields missing.
  for (const field of REQUIRED) {
    const f = files()
    const r = JSON.parse(strFromU8(f[rec('att-102')]!))
    deletePath(r, field)
    f[rec('att-102')] = strToU8(JSON.stringify(r))
    add(`record-missing-${field}`, rezip(f))
  }
  // __proto__ keys at the top level of the record, the ink, a stroke.
  for (let i = 0; i < 60; i++) {
    const f = files()
    const id = pick(ids)
    const where = pick(['record', 'ink', 'stroke'] as const)
    if (where === 'record') f[rec(id)] = strToU8(strFromU8(f[rec(id)]!).replace(/^\{/, '{"__proto__":{"isAdmin":true},'))
    else if (where === 'ink') f[ink(id)] = strToU8(strFromU8(f[ink(id)]!).replace(/^\{/, '{"__proto__":{"format":"ink/v1"},'))
    else f[ink(id)] = strToU8(strFromU8(f[ink(id)]!).replace('{"points"', '{"__proto__":{"x":1},"points"'))
    add(`proto-${where}`, rezip(f))
  }
  // Broken ink documents.
  const INK_BAD = [
    '{"format":"ink/v2","strokes":[]}', '{"strokes":[]}', '{"format":"ink/v1"}', '{"format":"ink/v1","strokes":null}',
    '{"format":"ink/v1","strokes":{}}', '{"format":"ink/v1","strokes":[1]}', '{"format":"ink/v1","strokes":[{}]}',
    '{"format":"ink/v1","strokes":[{"points":[]}]}', '{"format":"ink/v1","strokes":[{"points":[[1]]}]}',
    '{"format":"ink/v1","strokes":[{"points":[[1,2,3,4,5]]}]}', '{"format":"ink/v1","strokes":[{"points":[[1e999,2]]}]}',
    '{"format":"ink/v1","strokes":[{"points":[["1",2]]}]}', '{"format":"ink/v1","strokes":[{"points":[[1,null]]}]}',
    '{"format":"ink/v1","strokes":[],"text":123}', '{"format":"ink/v1","strokes":[],"language":[]}', 'null', '[]', '"ink"', '',
    '{"format":"ink/v1","strokes":[{"points":[[1,2]]}],"extra":' + deep + '}',
  ]
  for (let i = 0; i < 120; i++) {
    const f = files()
    const id = pick(ids)
    if (i < INK_BAD.length * 3) f[ink(id)] = strToU8(INK_BAD[i % INK_BAD.length]!)
    else {
      const t = strFromU8(f[ink(id)]!)
      f[ink(id)] = strToU8(t.slice(0, 1 + int(t.length - 1)))
    }
    add('ink', rezip(f))
  }
  // Broken manifests.
  const M = (mutate: (m: Record<string, any>, f: Record<string, Uint8Array>) => unknown, name: string) => {
    const f = files()
    const m = JSON.parse(strFromU8(f['manifest.json']!))
    if (mutate(m, f) === 'absent') return add(`manifest-${name}`, rezip(f))
    f['manifest.json'] = strToU8(JSON.stringify(m).replace(/"__RAW__(.*?)__"/g, (_s, raw) => raw.replace(/'/g, '"')))
    add(`manifest-${name}`, rezip(f))
  }
  for (let i = 0; i < 5; i++) {
    M((m) => (m.format = 'something-else'), 'format')
    M((m) => delete m.format, 'no-format')
    M((m) => (m.version = pick(['1', 2, 99, 1.5, true, null, -1])), 'version')
    M((m) => (m.createdAt = pick(['__RAW__1e999__', -5, 'now', null])), 'createdAt')
    M((m) => (m.attempts = pick([null, {}, 'x', 3])), 'attempts-type')
    M((m) => (m.attempts = [1, 2]), 'attempts-items')
    M((m) => (m.attempts[int(3)].id = pick(['', null, 5, 'x'.repeat(200)])), 'entry-id')
    M((m) => (m.attempts[int(3)].record = 'attempts/nope/attempt.json'), 'missing-record')
    M((m) => (m.attempts[int(3)].ink = 'attempts/nope/strokes.ink.json'), 'missing-ink')
    M((m) => (m.attempts[0].image = 'attempts/nope/page.png'), 'missing-image')
    M((m) => (m.attempts[int(3)].image = m.attempts[0].ink), 'image-not-png')
    M((m) => (m.attempts[1].id = m.attempts[0].id), 'duplicate-id')
    M((m) => m.attempts.push({ ...m.attempts[int(3)] }), 'duplicate-entry')
    M((m) => (m.attempts[int(3)].id = 'att-999'), 'id-mismatch')
    M((m) => (m.attempts[1].record = m.attempts[0].record), 'record-reused')
    M((m) => (m.extra = '__RAW__{\'__proto__\':{\'polluted\':true}}__'), 'proto')
    M((m) => (m.attempts[0].meta = '__RAW__{\'__proto__\':{\'image\':null}}__'), 'entry-proto')
    if (i === 0) M((m) => (m.attempts = Array.from({ length: 20_001 }, (_, k) => ({ id: `a${k}`, record: 'r', ink: 'i', image: null }))), 'too-many')
    M((_m, f) => (delete f['manifest.json'], 'absent'), 'absent')
    M((m) => (m.note = '__RAW__NaN__'), 'nan')
  }
  // Duplicate ids across records: two records claiming the same id.
  for (let i = 0; i < 30; i++) {
    const f = files()
    const r = JSON.parse(strFromU8(f[rec('att-103')]!))
    r.id = pick(['att-101', 'att-102'])
    f[rec('att-103')] = strToU8(JSON.stringify(r))
    add('record-duplicate-id', rezip(f))
  }
  // Images that are not PNG.
  for (let i = 0; i < 20; i++) {
    const f = files()
    const junk = new Uint8Array(1 + int(64)).map(() => int(256))
    f['attempts/att-101/page.png'] = i % 2 ? junk : strToU8('<svg onload="alert(1)"/>')
    add('image-not-png', rezip(f))
  }
  // Zip structure lies.
  {
    const { entries } = cdEntries(base)
    for (let i = 0; i < 12; i++) {
      const e = () => pick(entries)
      add('size-smaller', patch(base, (v) => { const x = e(); v.setUint32(x.cd + 24, Math.max(0, v.getUint32(x.cd + 24, true) - 1 - int(5)), true) }))
      add('size-larger', patch(base, (v) => { const x = e(); v.setUint32(x.cd + 24, v.getUint32(x.cd + 24, true) + 1 + int(100), true) }))
      add('size-over-limit', patch(base, (v) => v.setUint32(e().cd + 24, 0xfffffff0 - int(1000), true)))
      add('crc', patch(base, (v) => { const x = e(); v.setUint32(x.cd + 16, v.getUint32(x.cd + 16, true) ^ (1 + int(0xffff)), true) }))
      add('compressed-smaller', patch(base, (v) => { const x = e(); v.setUint32(x.cd + 20, Math.max(0, v.getUint32(x.cd + 20, true) - 2 - int(5)), true) }))
      add('local-offset', patch(base, (v) => v.setUint32(e().cd + 42, 1 + int(base.length), true)))
      add('encrypted', patch(base, (v) => { const x = e(); v.setUint16(x.cd + 8, v.getUint16(x.cd + 8, true) | 1, true) }))
      add('method', patch(base, (v) => v.setUint16(e().cd + 10, pick([1, 6, 9, 12, 14, 99]), true)))
      add('eocd-count', patch(base, (v, { eocd }) => { const n = v.getUint16(eocd + 10, true) + 1 + int(3); v.setUint16(eocd + 8, n, true); v.setUint16(eocd + 10, n, true) }))
      add('eocd-fewer', patch(base, (v, { eocd }) => { const n = v.getUint16(eocd + 10, true) - 1; v.setUint16(eocd + 8, n, true); v.setUint16(eocd + 10, n, true) }))
      add('zip64', patch(base, (v, { eocd }) => v.setUint32(eocd + 16, 0xffffffff, true)))
      add('cd-offset', patch(base, (v, { eocd }) => v.setUint32(eocd + 16, v.getUint32(eocd + 16, true) + pick([-1, 1, 7, 100000]), true)))
      add('multi-disk', patch(base, (v, { eocd }) => v.setUint16(eocd + 4, 1, true)))
      add('comment-length', patch(base, (v, { eocd }) => v.setUint16(eocd + 20, 1 + int(100), true)))
    }
    // Duplicate entry names (same length names patched alike, in both headers).
    for (let i = 0; i < 6; i++) {
      add('duplicate-entry-name', patch(base, (_v, { entries: es }) => {
        const [a, b] = [es.find((x) => x.name === rec('att-101'))!, es.find((x) => x.name === rec(pick(['att-102', 'att-103'])))!]
        const src = strToU8(a.name)
        const c = _v.buffer as ArrayBuffer
        new Uint8Array(c).set(src, b.cd + 46)
        new Uint8Array(c).set(src, b.local + 30)
      }))
    }
  }
  // Zip bombs (16 MB of zeros declared as 1 byte; 5 MB declared honestly, over the 4 MB record limit): one lying about its size, one honest but over the limit, many entries.
  {
    const zeros = deflateSync(new Uint8Array(16 * 1024 * 1024))
    const f = files()
    f[rec('att-101')] = [new Uint8Array(1), { level: 0 }] as never
    const z = zipSync(f)
    // Swap the tiny entry's data for a deflate stream of 64 MB of zeros, declaring 1 byte.
    const { entries } = cdEntries(z)
    const e = entries.find((x) => x.name === rec('att-101'))!
    const v = new DataView(z.buffer)
    const dataStart = e.local + 30 + v.getUint16(e.local + 26, true) + v.getUint16(e.local + 28, true)
    const head = z.slice(0, dataStart)
    const tail = z.slice(dataStart + 1)
    const bomb = new Uint8Array(head.length + zeros.length + tail.length)
    bomb.set(head)
    bomb.set(zeros, head.length)
    bomb.set(tail, head.length + zeros.length)
    const bv = new DataView(bomb.buffer)
    const shift = zeros.length - 1
    const { eocd } = (() => { let q = bomb.length - 22; while (bv.getUint32(q, true) !== 0x06054b50) q--; return { eocd: q } })()
    bv.setUint32(eocd + 16, bv.getUint32(eocd + 16, true) + shift, true)
    for (const x of cdEntries(bomb).entries) {
      if (x.local > e.local) bv.setUint32(x.cd + 42, x.local + shift, true)
      if (x.name === e.name) { bv.setUint16(x.cd + 10, 8, true); bv.setUint32(x.cd + 20, zeros.length, true) }
    }
    add('bomb-lying', bomb)
    const honest = files()
    honest[rec('att-102')] = new Uint8Array(5 * 1024 * 1024)
    add('bomb-honest', zipSync(honest, { level: 1 }))
    const many: Zippable = {}
    for (let k = 0; k < 60_100; k++) many[`f${k}`] = new Uint8Array(0)
    add('too-many-entries', zipSync(many, { level: 0 }))
  }
  // 50 MB strings: in a record, in an ink document's text, in the manifest
  // (built as bytes and stored, not deflated: the same file to the reader, quick to build).
  {
    const big = (before: string, after: string) => {
      const head = strToU8(before)
      const tail = strToU8(after)
      const b = new Uint8Array(head.length + 50 * 1024 * 1024 + tail.length).fill(0x78)
      b.set(head)
      b.set(tail, b.length - tail.length)
      return b
    }
    let f = files()
    f[rec('att-101')] = big('{"schemaVersion":2,"id":"att-101","problemTitle":"<script>', '"}')
    add('50mb-record', zipSync(f, { level: 0 }))
    f = files()
    f[ink('att-102')] = big('{"format":"ink/v1","strokes":[],"text":"', '"}')
    add('50mb-ink-text', zipSync(f, { level: 0 }))
    f = files()
    f['manifest.json'] = big('{"format":"inkterview-backup","version":1,"note":"', '"}')
    add('50mb-manifest', zipSync(f, { level: 0 }))
  }
  // Not a backup at all.
  for (let i = 0; i < 40; i++) add('garbage', new Uint8Array(int(4000)).map(() => int(256)))
  add('empty', new Uint8Array(0))
  add('json', strToU8('{"format":"inkterview-backup"}'))
  add('png', PNG)
  add('zip-without-manifest', zipSync({ 'hello.txt': strToU8('hi') }))
  add('zip-empty', zipSync({}))
  add('ink-file', strToU8('{"format":"ink/v1","strokes":[]}'))
  add('local-header-only', base.slice(0, 30))
  return cases
}

// The store as raw IndexedDB content: any change at all shows.
async function rawDump(): Promise<unknown> {
  const db = await new Promise<IDBDatabase>((res, rej) => {
    const r = indexedDB.open('inkterview')
    r.onsuccess = () => res(r.result)
    r.onerror = () => rej(r.error)
  })
  const names = [...db.objectStoreNames]
  const tx = db.transaction(names, 'readonly')
  const out: Record<string, unknown> = {}
  await Promise.all(
    names.map(
      (n) =>
        new Promise<void>((res) => {
          const keys = tx.objectStore(n).getAllKeys()
          const vals = tx.objectStore(n).getAll()
          vals.onsuccess = () => {
            out[n] = { keys: keys.result, values: vals.result }
            res()
          }
        }),
    ),
  )
  db.close()
  return out
}

describe('fuzzed import', () => {
  let cases: Case[] = []
  let before: unknown
  beforeAll(async () => {
    await closeAttemptsDb()
    globalThis.indexedDB = new IDBFactory()
    for (const i of [1, 2, 3]) await saveAttempt(sample(i))
    before = await rawDump()
    cases = await generateCases()
  }, 120_000)
  afterAll(() => closeAttemptsDb())

  it('generates over a thousand distinct hostile files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(1000)
  })

  it('the unmutated base file imports (so the assertions below can fail)', async () => {
    const base = await buildBackup([sample(101), sample(102), sample(103)], 1_760_000_000_000)
    const saved = globalThis.indexedDB
    await closeAttemptsDb()
    globalThis.indexedDB = new IDBFactory()
    const r = await importBackup(base, 'base.zip')
    expect(r).toMatchObject({ ok: true, added: ['att-101', 'att-102', 'att-103'] })
    await closeAttemptsDb()
    globalThis.indexedDB = saved
  })

  it('every file gets a message, nothing throws, the store never changes', async () => {
    const escaped: string[] = []
    const accepted: string[] = []
    const silent: string[] = []
    for (const c of cases) {
      let r
      try {
        r = await importBackup(c.bytes, c.name)
      } catch (e) {
        escaped.push(`${c.name}: ${String(e)}`)
        continue
      }
      if (process.env.FUZZ_LOG && !r.ok) console.log(c.name, '=>', r.message.slice(0, 160))
      if (r.ok) accepted.push(c.name)
      else if (!r.message || r.issues.length === 0 || r.issues.some((i) => !i.message || i.source !== c.name)) silent.push(c.name)
    }
    expect(escaped).toEqual([])
    expect(accepted).toEqual([])
    expect(silent).toEqual([])
    expect(await rawDump()).toEqual(before)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })
})
