import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { readFileSync } from 'node:fs'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import type { Attempt } from '../../src/core/attempts/schema'
import { BACKUP_VERSION, BACKUP_VERSION_WITH_INTERVIEW, buildBackup, readBackup } from '../../src/core/backup/backup'
import { parseInk } from '../../src/core/ink/ink'
import { closeAttemptsDb, deleteAllAttempts, listAttemptSummaries, loadAttempt, saveAttempt, StorageWriteError } from '../../src/storage/attempts'
import { exportBackup, importBackup } from '../../src/storage/backup'

const PNG = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82])

function sample(i: number, extra: Partial<Attempt> = {}): Attempt {
  const a = createAttempt({ problemId: `p${i}`, problemTitle: `Problem ${i}`, language: 'python', suggestedMs: 1_200_000, now: 1_700_000_000_000 + i * 1000, id: `att-${i}` })
  a.ink.strokes.push({ points: [[1, 2, 0.5, 0], [3.25, 4, 0.5, 16]] }, { points: [[9, 9]] })
  return {
    ...a,
    status: 'finished',
    endedAt: a.startedAt + 600_000,
    timer: { suggestedMs: 1_200_000, elapsedMs: 600_000, runningSince: null },
    transcript: { recognised: 'def f(x):\n    retum x', edited: 'def f(x):\n    return x', lines: [{ text: 'def f(x):', indent: 0, confidence: 91, bbox: { minX: 0, minY: 0, maxX: 40, maxY: 10 }, strokeIds: [0, 1], doubtful: [] }], ocrMs: 1800 },
    rating: { correctness: 3, clarity: 4, notes: '<script>alert(1)</script> is just text' },
    outcome: 'partial',
    hintsRevealed: [{ index: 0, atMs: 1000 }],
    image: new Blob([PNG], { type: 'image/png' }),
    unknownFromLater: { kept: true },
    ...extra,
  }
}

async function snapshot(): Promise<unknown> {
  const ids = (await listAttemptSummaries()).map((s) => s.id)
  return Promise.all(ids.map(async (id) => {
    const a = (await loadAttempt(id))!
    return { ...a, image: a.image ? [...new Uint8Array(await a.image.arrayBuffer())] : null }
  }))
}

beforeEach(async () => {
  await closeAttemptsDb()
  globalThis.indexedDB = new IDBFactory()
})
afterEach(async () => {
  vi.restoreAllMocks()
  await closeAttemptsDb()
})

describe('backup export and import', () => {
  it('round-trips every part of every attempt', async () => {
    // att-2 is unfinished, as autosave stores it: it travels like the others and stays unfinished.
    const unfinished = { status: 'in-progress' as const, endedAt: null, image: null, transcript: null, rating: null, outcome: 'unrated' as const }
    const originals = [sample(1), sample(2, { ...unfinished, timer: { suggestedMs: 1_200_000, elapsedMs: 300_000, runningSince: 1_700_000_002_000 } }), sample(3)]
    for (const a of originals) await saveAttempt(a)
    const before = await snapshot()
    const exp = await exportBackup()
    expect(exp.count).toBe(3)
    expect(exp.fileName).toMatch(/^inkterview-backup-.*\.zip$/)
    await deleteAllAttempts()
    expect(await listAttemptSummaries()).toEqual([])
    const imp = await importBackup(exp.bytes, exp.fileName)
    expect(imp).toMatchObject({ ok: true, added: ['att-1', 'att-2', 'att-3'], alreadyPresent: [] })
    expect(imp.message).toBe(`Imported 3 attempts from ${exp.fileName}.`)
    expect(await snapshot()).toEqual(before)
    expect((await listAttemptSummaries()).find((x) => x.id === 'att-2')).toMatchObject({ status: 'in-progress', strokeCount: 2 })
  })

  it('writes strokes as ink/v1, the image as PNG, the rest as JSON, with a versioned manifest', async () => {
    const bytes = await buildBackup([sample(7)], 1_750_000_000_000)
    const files = unzipSync(bytes)
    expect(Object.keys(files).sort()).toEqual(['attempts/att-7/attempt.json', 'attempts/att-7/page.png', 'attempts/att-7/strokes.ink.json', 'manifest.json'])
    const manifest = JSON.parse(strFromU8(files['manifest.json']!))
    // Without recordings a backup stays version 1, readable by an older Inkterview.
    expect(manifest).toMatchObject({ format: 'inkterview-backup', version: 1, createdAt: 1_750_000_000_000, attempts: [{ id: 'att-7' }] })
    expect(BACKUP_VERSION).toBe(1)
    // Recordings or interview records make it version 2.
    expect(BACKUP_VERSION_WITH_INTERVIEW).toBe(2)
    const ink = parseInk(strFromU8(files['attempts/att-7/strokes.ink.json']!), 'strokes.ink.json')
    expect(ink.strokes[0]!.points[1]).toEqual([3.25, 4, 0.5, 16])
    expect(files['attempts/att-7/page.png']).toEqual(PNG)
    const record = JSON.parse(strFromU8(files['attempts/att-7/attempt.json']!))
    expect(record.transcript.edited).toBe('def f(x):\n    return x')
    expect(record.rating.correctness).toBe(3)
    expect(record).not.toHaveProperty('ink')
    expect(record).not.toHaveProperty('image')
  })

  it('keeps a photo of paper as the JPEG it is (page.jpg), and reads it back as one', async () => {
    const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])
    const photo = sample(5, { image: new Blob([JPEG], { type: 'image/jpeg' }), ink: { format: 'ink/v1', strokes: [], language: 'python' } })
    const files = unzipSync(await buildBackup([photo]))
    expect(files['attempts/att-5/page.jpg']).toEqual(JPEG)
    expect(files['attempts/att-5/page.png']).toBeUndefined()
    const r = readBackup(zipSync(files), 'photo.zip')
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const back = r.attempts[0]!
    expect(back.image?.type).toBe('image/jpeg')
    expect(new Uint8Array(await back.image!.arrayBuffer())).toEqual(JPEG)
    expect(back.ink.strokes).toEqual([])
    // Neither PNG nor JPEG: refused, named.
    files['attempts/att-5/page.jpg'] = strToU8('GIF89a')
    const bad = readBackup(zipSync(files), 'photo.zip')
    expect(bad.ok).toBe(false)
    if (!bad.ok) expect(bad.issues[0]).toMatchObject({ key: 'attempts/att-5/page.jpg', message: 'not a PNG or JPEG image' })
  })

  it('exports only the selected attempts', async () => {
    for (const i of [1, 2, 3]) await saveAttempt(sample(i))
    const exp = await exportBackup(['att-2'])
    const r = readBackup(exp.bytes)
    expect(r.ok && r.attempts.map((a) => a.id)).toEqual(['att-2'])
  })

  it('de-duplicates by id: importing twice adds nothing and keeps stored versions', async () => {
    for (const i of [1, 2]) await saveAttempt(sample(i))
    const exp = await exportBackup()
    await saveAttempt(sample(1, { problemTitle: 'edited since the backup' }))
    const imp = await importBackup(exp.bytes, 'b.zip')
    expect(imp).toMatchObject({ ok: true, added: [], alreadyPresent: ['att-1', 'att-2'] })
    expect(imp.message).toContain('2 already stored')
    expect((await loadAttempt('att-1'))!.problemTitle).toBe('edited since the backup')
  })

  it('is all or nothing: one bad record means nothing is imported, and says file, entry and field', async () => {
    await saveAttempt(sample(9))
    const before = await snapshot()
    const files = unzipSync(await buildBackup([sample(1), sample(2), sample(3)]))
    const rec = JSON.parse(strFromU8(files['attempts/att-2/attempt.json']!))
    rec.timer.elapsedMs = 'ten minutes'
    files['attempts/att-2/attempt.json'] = strToU8(JSON.stringify(rec))
    const imp = await importBackup(zipSync(files), 'mine.zip')
    expect(imp.ok).toBe(false)
    if (imp.ok) return
    expect(imp.issues).toEqual([expect.objectContaining({ source: 'mine.zip', key: 'attempts/att-2/attempt.json', field: 'timer.elapsedMs' })])
    expect(imp.message).toMatch(/^mine\.zip: attempts\/att-2\/attempt\.json, field timer\.elapsedMs: .*Nothing was imported/)
    expect(await snapshot()).toEqual(before)
  })

  it('names the ink entry and the point for bad strokes', async () => {
    const files = unzipSync(await buildBackup([sample(1)]))
    files['attempts/att-1/strokes.ink.json'] = strToU8('{"format":"ink/v1","strokes":[{"points":[[1,2],[3]]}]}')
    const r = readBackup(zipSync(files), 'x.zip')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.issues[0]).toMatchObject({ key: 'attempts/att-1/strokes.ink.json', field: 'ink.strokes[0].points[1]' })
  })

  it('imports records written by an older version, migrating them', async () => {
    const v1 = JSON.parse(readFileSync(new URL('../fixtures/attempts/v1.json', import.meta.url), 'utf8'))
    const { ink, image: _image, ...record } = v1
    const files = {
      'manifest.json': strToU8(JSON.stringify({ format: 'inkterview-backup', version: 1, createdAt: 1, attemptSchemaVersion: 1, attempts: [{ id: v1.id, record: 'r.json', ink: 'r.ink.json', image: null }] })),
      'r.json': strToU8(JSON.stringify(record)),
      'r.ink.json': strToU8(JSON.stringify(ink)),
    }
    const imp = await importBackup(zipSync(files), 'old.zip')
    expect(imp.ok).toBe(true)
    const a = (await loadAttempt(v1.id))!
    expect(a.outcome).toBe('partial')
    expect(a.hintsRevealed).toEqual([{ index: 0, atMs: 120000 }, { index: 1, atMs: 300000 }])
  })

  it('a failed write during import leaves the store as it was and says why', async () => {
    await saveAttempt(sample(9))
    const before = await snapshot()
    const exp = await buildBackup([sample(1), sample(2), sample(3)])
    let puts = 0
    const realPut = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++puts === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return realPut.apply(this, args)
    })
    const imp = await importBackup(exp, 'big.zip')
    vi.restoreAllMocks()
    expect(imp.ok).toBe(false)
    expect(imp.message).toMatch(/storage for Inkterview is full.*Nothing was imported/)
    expect(await snapshot()).toEqual(before)
  })

  it('a failed save throws StorageWriteError with a user message', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const err = await saveAttempt(sample(1)).catch((e) => e)
    expect(err).toBeInstanceOf(StorageWriteError)
    expect(err.kind).toBe('quota')
    expect(err.userMessage).toMatch(/not saved.*full.*still open here/)
  })
})
