// The interview's records on the device and in backups: each kind is stored
// and read back through its gate; an unreadable record is reported and left
// alone; backups carry them with the attempts, all or nothing.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAttempt } from '../../src/core/attempts/attempt'
import { createAnswer, finishAnswer, startAnswering } from '../../src/core/interview/answering'
import { stepsOf, targetOf } from '../../src/core/interview/deck'
import type { AnswerRecord, AskBackListRecord, OwnQuestionRecord, StoryRecord } from '../../src/core/interview/records'
import { planMock, presetConfig, seededRandom } from '../../src/core/mock/plan'
import { createSession, linkAnswer, linkAttempt } from '../../src/core/mock/session'
import { closeAttemptsDb, listAttemptSummaries, saveAttempt } from '../../src/storage/attempts'
import { exportBackup, importBackup } from '../../src/storage/backup'
import { inTransaction, STORES } from '../../src/storage/db'
import {
  answersStore,
  deleteAllInterviewRecords,
  listsStore,
  loadInterviewRecords,
  mockStore,
  ownQuestionsStore,
  restoreRemoved,
  storiesStore,
} from '../../src/storage/interview'

const t0 = 1_760_000_000_000
const question = {
  id: 'mistake-learnt',
  group: 'working-style' as const,
  question: 'Tell me about a mistake.',
  type: 'behavioural' as const,
  wants: 'w',
  structure: 'star' as const,
  steps: stepsOf('star', {}),
  pitfalls: ['Blaming.', 'No lesson.'],
  example: '',
  targetMs: targetOf('behavioural'),
  followUps: [],
  tags: [],
  source: 'deck' as const,
}

function answer(id: string, extra: Partial<AnswerRecord> = {}): AnswerRecord {
  const a = finishAnswer(startAnswering(createAnswer({ question, now: t0, id }), t0 + 10_000), t0 + 100_000)
  return { ...a, notes: '- the migration\n- owned it', notesInk: { format: 'ink/v1', strokes: [{ points: [[0, 0, 0], [10, 4, 30]] }] }, rating: 2, ...extra }
}
const story: StoryRecord = { schemaVersion: 1, id: 'st-1', title: 'Migration', situation: 's', task: 't', action: 'a', result: 'r', learnt: 'l', covers: ['mistake-learnt', 'q-own'], fromExample: null, createdAt: t0, updatedAt: t0 }
const own: OwnQuestionRecord = { schemaVersion: 1, id: 'q-own', question: 'Why payments?', group: 'motivation', type: 'motivation', structure: 'point-reason-example', wants: '', pitfalls: [], targetSeconds: [30, 60], notes: '', createdAt: t0, updatedAt: t0 }
const list: AskBackListRecord = { schemaVersion: 1, id: 'ask-back', items: [{ id: 'i1', text: 'How do juniors learn here?', sourceId: 'how-juniors-learn' }], updatedAt: t0 }
const plan = planMock({ ...presetConfig(30), stages: ['coding', 'questions'] }, { problems: [], questions: [{ ...question, id: 'tell-me-about-yourself', group: 'about-you' }] }, seededRandom(1))

beforeEach(async () => {
  await closeAttemptsDb()
  globalThis.indexedDB = new IDBFactory()
})
afterEach(() => closeAttemptsDb())

async function seed() {
  const att = { ...createAttempt({ problemId: 'two-sum', problemTitle: 'Pair', language: 'python', suggestedMs: 600_000, now: t0, id: 'att-1' }) }
  await saveAttempt(att)
  await saveAttempt(createAttempt({ problemId: 'other', problemTitle: 'Other', language: 'python', suggestedMs: 600_000, now: t0, id: 'att-2' }))
  let mock = createSession(plan, t0, 'mock-1')
  mock = linkAnswer(linkAttempt(mock, 'att-1', t0 + 1), 'ans-1', t0 + 2)
  await answersStore.put(answer('ans-1', { mockSessionId: 'mock-1' }))
  await answersStore.put(answer('ans-2'))
  await storiesStore.put(story)
  await ownQuestionsStore.put(own)
  await listsStore.put(list)
  await mockStore.put(mock)
  return { mock }
}

describe('interview store', () => {
  it('stores and reads back each kind through its gate', async () => {
    const { mock } = await seed()
    expect((await answersStore.get('ans-1')).value).toEqual(answer('ans-1', { mockSessionId: 'mock-1' }))
    expect((await storiesStore.list()).values).toEqual([story])
    expect((await ownQuestionsStore.get('q-own')).value).toEqual(own)
    expect((await listsStore.get('ask-back')).value).toEqual(list)
    expect((await mockStore.get('mock-1')).value).toEqual(mock)
    const updated = await answersStore.update('ans-2', (a) => ({ ...a, rating: 4 }))
    expect(updated.rating).toBe(4)
    expect((await answersStore.get('ans-2')).value?.rating).toBe(4)
  })

  it('reports an unreadable record with its field and leaves it stored; undo puts a deleted one back', async () => {
    await seed()
    await inTransaction([STORES.answers], 'readwrite', (s) => void s[STORES.answers].put({ ...answer('ans-bad'), rating: 9 }, 'ans-bad'))
    const { values, issues } = await answersStore.list()
    expect(values.map((a) => a.id).sort()).toEqual(['ans-1', 'ans-2'])
    expect(issues).toEqual([{ source: 'IndexedDB', key: 'ans-bad', field: 'rating', message: 'expected 1, 2, 3 or 4' }])
    const raw = await inTransaction([STORES.answers], 'readonly', (s) => new Promise((r) => (s[STORES.answers].get('ans-bad').onsuccess = (e) => r((e.target as IDBRequest).result))))
    expect(raw).toMatchObject({ id: 'ans-bad', rating: 9 })
    const removed = await storiesStore.remove('st-1')
    expect((await storiesStore.list()).values).toEqual([])
    await restoreRemoved(removed!)
    expect((await storiesStore.list()).values).toEqual([story])
  })
})

describe('backups with the interview', () => {
  it('round-trip every record with the attempts, as a version-2 backup', async () => {
    await seed()
    const before = await loadInterviewRecords()
    const exp = await exportBackup()
    expect(exp.message).toBe('Exported 2 attempts and 6 interview records (answers, stories, questions, mock interviews).')
    const files = unzipSync(exp.bytes)
    expect(Object.keys(files).filter((n) => n.startsWith('interview/')).sort()).toEqual([
      'interview/answers/ans-1.json',
      'interview/answers/ans-2.json',
      'interview/lists/ask-back.json',
      'interview/mock/mock-1.json',
      'interview/questions/q-own.json',
      'interview/stories/st-1.json',
    ].sort())
    expect(JSON.parse(strFromU8(files['manifest.json']!)).version).toBe(2)
    await deleteAllInterviewRecords()
    globalThis.indexedDB = new IDBFactory()
    await closeAttemptsDb()
    const imp = await importBackup(exp.bytes, exp.fileName)
    expect(imp).toMatchObject({ ok: true, records: { added: 6, alreadyPresent: 0 }, ignoredEntries: [] })
    expect(imp.message).toBe(`Imported 2 attempts and 6 interview records from ${exp.fileName}.`)
    const after = await loadInterviewRecords()
    const byId = (xs: readonly { id: string }[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id))
    for (const k of ['answers', 'stories', 'ownQuestions', 'lists', 'mockSessions'] as const) expect(byId(after.records[k])).toEqual(byId(before.records[k]))
    // Again: everything already there, nothing doubled.
    const again = await importBackup(exp.bytes, exp.fileName)
    expect(again).toMatchObject({ ok: true, records: { added: 0, alreadyPresent: 6 } })
  })

  it('a backup of attempts alone stays version 1', async () => {
    await saveAttempt(createAttempt({ problemId: 'p', problemTitle: 'P', language: 'python', suggestedMs: 1, now: t0, id: 'att-9' }))
    const exp = await exportBackup()
    expect(JSON.parse(strFromU8(unzipSync(exp.bytes)['manifest.json']!)).version).toBe(1)
  })

  it('exports a selected mock interview with its attempts and answers only', async () => {
    await seed()
    const exp = await exportBackup([], t0, { mockIds: ['mock-1'] })
    const names = Object.keys(unzipSync(exp.bytes))
    expect(names.filter((n) => n.endsWith('attempt.json'))).toEqual(['attempts/att-1/attempt.json'])
    expect(names.filter((n) => n.startsWith('interview/')).sort()).toEqual(['interview/answers/ans-1.json', 'interview/mock/mock-1.json'])
  })

  it('imports nothing when one interview record is bad, and names the entry and the field', async () => {
    await seed()
    const exp = await exportBackup()
    const files = unzipSync(exp.bytes)
    const bad = JSON.parse(strFromU8(files['interview/stories/st-1.json']!))
    bad.covers = 'everything'
    files['interview/stories/st-1.json'] = strToU8(JSON.stringify(bad))
    const damaged = zipSync(files)
    globalThis.indexedDB = new IDBFactory()
    await closeAttemptsDb()
    const imp = await importBackup(damaged, 'b.zip')
    expect(imp.ok).toBe(false)
    expect(imp.message).toMatch(/^b\.zip: interview\/stories\/st-1\.json, field covers: .*Nothing was imported/)
    expect(await listAttemptSummaries()).toEqual([])
    expect((await loadInterviewRecords()).records.answers).toEqual([])
  })

  it('refuses interview records from a newer version, and an entry outside its folder', async () => {
    await seed()
    const files = unzipSync((await exportBackup()).bytes)
    const manifest = JSON.parse(strFromU8(files['manifest.json']!))
    const newer = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, interview: { ...manifest.interview, version: 5 } })) })
    expect((await importBackup(newer, 'n.zip')).message).toMatch(/interview\.version: the interview records are version 5/)
    const sneaky = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, interview: { ...manifest.interview, answers: ['attempts/att-1/attempt.json'] } })) })
    expect((await importBackup(sneaky, 's.zip')).message).toMatch(/interview\.answers\[0\]: "attempts\/att-1\/attempt\.json" is not an entry of interview\/answers/)
    const wrongVersion = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, version: 3 })) })
    expect((await importBackup(wrongVersion, 'w.zip')).message).toMatch(/backup version 3 was made by a newer Inkterview/)
  })
})
