// The candidate's interview records: the gate they pass (versions, named
// migrations, hostile input), answering a question (think, answer, resume),
// the self-check, and the schedule that brings weak answers back.
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { targetOf, stepsOf, type DeckQuestion } from '../../src/core/interview/deck'
import {
  answerAtLastSave,
  answerLengthMs,
  createAnswer,
  finishAnswer,
  lengthVerdict,
  missingQuestion,
  ownToQuestion,
  resolveQuestion,
  resumeAnswer,
  selfCheckTally,
  startAnswering,
  tick,
  toggleStep,
  togglePitfall,
  type AnswerableQuestion,
} from '../../src/core/interview/answering'
import { answerKind, askBackListKind, ownQuestionKind, storyKind, type AnswerRecord, type OwnQuestionRecord } from '../../src/core/interview/records'
import { answerOutcome, dueQuestions, questionSchedule } from '../../src/core/interview/schedule'
import { restoreRecord, type MigrationStep, type RecordKind } from '../../src/core/records/gate'

const DAY = 86_400_000
const t0 = Date.UTC(2026, 2, 2, 9)
const ctx = { source: 'IndexedDB', key: 'k' }

const question: AnswerableQuestion = {
  id: 'mistake-learnt',
  group: 'working-style',
  question: 'Tell me about a mistake you made.',
  type: 'behavioural',
  wants: 'Ownership.',
  structure: 'star',
  steps: stepsOf('star', { situation: 's', task: 't', action: 'a', result: 'r' }),
  pitfalls: ['Blaming the team.', 'No lesson.'],
  example: '',
  targetMs: targetOf('behavioural'),
  followUps: [],
  tags: [],
  source: 'deck',
} satisfies DeckQuestion & { source: 'deck' }

function answered(opts: { id: string; questionId?: string; at: number; rating: AnswerRecord['rating'] }): AnswerRecord {
  const a = createAnswer({ question: { ...question, id: opts.questionId ?? question.id }, now: opts.at, id: opts.id, thinkMs: 10_000 })
  return { ...finishAnswer(startAnswering(a, opts.at + 5_000), opts.at + 95_000), rating: opts.rating }
}

describe('answering', () => {
  it('thinks, then answers on a clock against the target, then finishes', () => {
    let a = createAnswer({ question, now: t0, thinkMs: 30_000 })
    expect(a.phase).toBe('thinking')
    // Thinking time runs out between ticks: the answer starts when it ran out.
    a = tick(a, t0 + 29_000)
    expect(a.phase).toBe('thinking')
    a = tick(a, t0 + 31_500)
    expect(a.phase).toBe('answering')
    expect(answerLengthMs(a, t0 + 31_500)).toBe(1_500)
    a = finishAnswer(a, t0 + 30_000 + 100_000)
    expect(a).toMatchObject({ status: 'finished', phase: 'done', endedAt: t0 + 130_000 })
    expect(answerLengthMs(a, t0 + 999_999)).toBe(100_000)
    expect(lengthVerdict(100_000, a.target)).toBe('on-target')
    expect(lengthVerdict(40_000, a.target)).toBe('short')
    expect(lengthVerdict(200_000, a.target)).toBe('long')
  })

  it('after a reload resumes in the phase it was in, from its last save', () => {
    let a = startAnswering(createAnswer({ question, now: t0 }), t0 + 10_000)
    a = { ...a, updatedAt: t0 + 40_000 } // saved 30 s into the answer, then the tab closed
    const reopened = answerAtLastSave(a)
    expect(reopened.phase).toBe('answering')
    expect(answerLengthMs(reopened, t0 + 10 * 60_000)).toBe(30_000)
    expect(answerLengthMs(resumeAnswer(reopened, t0 + 600_000), t0 + 605_000)).toBe(35_000)
  })

  it('tallies the self-check against the structure and the pitfalls', () => {
    let check = toggleStep(null, 'situation')
    check = toggleStep(check, 'action')
    check = togglePitfall(check, 1)
    expect(selfCheckTally(question, check)).toEqual({ covered: 2, steps: 4, pitfalls: 1, missed: ['Task', 'Result'] })
    expect(selfCheckTally(question, toggleStep(check, 'action'))).toMatchObject({ covered: 1 })
  })

  it('answers an own question with the steps of its structure', () => {
    const own = ownToQuestion({
      schemaVersion: 1,
      id: 'q-1',
      question: 'Why fintech?',
      group: 'motivation',
      type: 'motivation',
      structure: 'point-reason-example',
      wants: '',
      pitfalls: [],
      targetSeconds: [30, 60],
      notes: '',
      createdAt: t0,
      updatedAt: t0,
    })
    expect(own.steps.map((s) => s.label)).toEqual(['Point', 'Reason', 'Example'])
    expect(createAnswer({ question: own, now: t0 })).toMatchObject({ source: 'own', questionId: 'q-1', target: { minMs: 30_000, maxMs: 60_000 } })
  })

  it('finds the question of an answer in the deck or the own questions, and stands in for one that is gone', () => {
    const { source: _s, ...deckQ } = question
    const ownQ: OwnQuestionRecord = {
      schemaVersion: 1,
      id: question.id, // same id as a deck question: the answer's source decides
      question: 'My own wording',
      group: 'motivation',
      type: 'motivation',
      structure: 'point-reason-example',
      wants: '',
      pitfalls: [],
      targetSeconds: [30, 60],
      notes: '',
      createdAt: t0,
      updatedAt: t0,
    }
    expect(resolveQuestion({ questionId: question.id, source: 'deck' }, [deckQ], [ownQ])).toMatchObject({ source: 'deck', question: question.question })
    expect(resolveQuestion({ questionId: question.id, source: 'own' }, [deckQ], [ownQ])).toMatchObject({ source: 'own', question: 'My own wording' })
    expect(resolveQuestion({ questionId: 'gone', source: 'deck' }, [deckQ], [ownQ])).toBeNull()
    const a = answered({ id: 'a1', questionId: 'gone', at: t0, rating: 2 })
    const stand = missingQuestion({ ...a, questionText: 'A question since removed' })
    expect(stand).toMatchObject({ id: 'gone', question: 'A question since removed', source: 'deck', pitfalls: [], example: '' })
    expect(stand.targetMs).toEqual({ min: a.target.minMs, max: a.target.maxMs })
    expect(stand.steps.length).toBeGreaterThan(0)
  })
})

describe('the schedule: weak answers come back', () => {
  it('uses the problems’ rule: weak in a day, partial or unrated in three, strong in a week doubling', () => {
    expect(answerOutcome({ rating: 1 })).toBe('failed')
    expect(answerOutcome({ rating: 2 })).toBe('partial')
    expect(answerOutcome({ rating: 4 })).toBe('solved')
    expect(answerOutcome({ rating: null })).toBe('unrated')
    const weak = answered({ id: 'a1', at: t0, rating: 1 })
    expect(questionSchedule([weak]).get(question.id)!.dueAt).toBe(t0 + DAY)
    expect(dueQuestions([weak], t0 + DAY - 1)).toEqual([])
    expect(dueQuestions([weak], t0 + DAY).map((d) => d.key)).toEqual([question.id])
    const ok = answered({ id: 'a2', at: t0 + 2 * DAY, rating: 4 })
    const ok2 = answered({ id: 'a3', at: t0 + 9 * DAY, rating: 4 })
    // The latest decides: two strong answers in a row: 14 days after the last.
    expect(questionSchedule([weak, ok, ok2]).get(question.id)!.dueAt).toBe(t0 + 9 * DAY + 14 * DAY)
  })

  it('reschedules when the rating changes, and ignores unfinished answers', () => {
    const a = answered({ id: 'a1', at: t0, rating: 4 })
    expect(questionSchedule([a]).get(question.id)!.dueAt).toBe(t0 + 7 * DAY)
    expect(questionSchedule([{ ...a, rating: 1 }]).get(question.id)!.dueAt).toBe(t0 + DAY)
    const unfinished = createAnswer({ question: { ...question, id: 'other' }, now: t0 })
    expect(questionSchedule([unfinished]).size).toBe(0)
  })

  it('lists the most overdue first', () => {
    const a = answered({ id: 'a1', questionId: 'q-a', at: t0, rating: 1 })
    const b = answered({ id: 'a2', questionId: 'q-b', at: t0 - 5 * DAY, rating: 2 })
    expect(dueQuestions([a, b], t0 + 2 * DAY).map((d) => d.key)).toEqual(['q-b', 'q-a'])
  })
})

describe('the record gate', () => {
  const answer = () => JSON.parse(JSON.stringify(answered({ id: 'ans-1', at: t0, rating: 3 }))) as Record<string, unknown>

  it('reads back each kind as stored, keeping fields a newer version added', () => {
    const r = restoreRecord(answerKind, { ...answer(), addedLater: { x: 1 } }, ctx)
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.value).toMatchObject({ id: 'ans-1', rating: 3, addedLater: { x: 1 } })
    const story = { schemaVersion: 1, id: 'st-1', title: 'T', situation: '', task: '', action: '', result: '', learnt: '', covers: ['mistake-learnt'], fromExample: null, createdAt: t0, updatedAt: t0 }
    expect(restoreRecord(storyKind, story, ctx).ok).toBe(true)
    const list = { schemaVersion: 1, id: 'ask-back', items: [{ id: 'i1', text: 'How do juniors learn here?', sourceId: 'how-juniors-learn' }], updatedAt: t0 }
    expect(restoreRecord(askBackListKind, list, ctx).ok).toBe(true)
    const own = { schemaVersion: 1, id: 'q-1', question: '', group: 'motivation', type: 'motivation', structure: 'explain', wants: '', pitfalls: [], targetSeconds: [30, 60], notes: '', createdAt: t0, updatedAt: t0 }
    const bad = restoreRecord(ownQuestionKind, own, ctx)
    expect(bad.ok ? null : bad.issues[0]).toEqual({ source: 'IndexedDB', key: 'k', field: 'question', message: 'must not be empty' })
  })

  it('names the field of a bad value, and checks hand-written notes with the ink reader', () => {
    const r = restoreRecord(answerKind, { ...answer(), rating: 7 }, ctx)
    expect(r.ok ? null : r.issues[0]!.field).toBe('rating')
    const ink = restoreRecord(answerKind, { ...answer(), notesInk: { format: 'ink/v1', strokes: [{ points: [[0, 'x']] }] } }, ctx)
    expect(ink.ok ? null : ink.issues[0]!.field).toMatch(/^notesInk\.strokes\[0\]/)
    const good = restoreRecord(answerKind, { ...answer(), notesInk: { format: 'ink/v1', strokes: [{ points: [[0, 1, 0], [5, 6, 10]] }] } }, ctx)
    expect(good.ok ? good.value.notesInk?.strokes : null).toHaveLength(1)
    const missing = answer()
    delete missing.notesInk
    const m = restoreRecord(answerKind, missing, ctx)
    expect(m.ok ? null : m.issues[0]!.field).toBe('notesInk')
  })

  it('refuses hostile input: __proto__ keys, non-finite numbers, huge text, a newer version', () => {
    const proto = JSON.parse(`{"__proto__": {"polluted": true}, "schemaVersion": 1}`)
    expect(restoreRecord(answerKind, proto, ctx)).toMatchObject({ ok: false, issues: [{ field: '__proto__' }] })
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(restoreRecord(answerKind, { ...answer(), startedAt: Infinity }, ctx)).toMatchObject({ ok: false, issues: [{ field: 'startedAt' }] })
    expect(restoreRecord(answerKind, { ...answer(), notes: 'x'.repeat(2_000_000) }, ctx)).toMatchObject({ ok: false, issues: [{ field: 'notes' }] })
    expect(restoreRecord(answerKind, { ...answer(), schemaVersion: 9 }, ctx)).toMatchObject({ ok: false, issues: [{ field: 'schemaVersion' }] })
    expect(restoreRecord(answerKind, 'not a record', ctx)).toMatchObject({ ok: false, issues: [{ field: '', message: 'expected an answer record (an object)' }] })
  })

  it('runs named migrations in order from the stored version (a kind with two versions)', () => {
    const renameNote: MigrationStep = { name: 'note-to-notes', from: 1, to: 2, migrate: ({ note, ...rest }) => ({ ...rest, schemaVersion: 2, notes: note }) }
    const kind: RecordKind<{ schemaVersion: 2; notes: string }> = {
      name: 'example',
      version: 2,
      schema: z.looseObject({ schemaVersion: z.literal(2), notes: z.string() }) as unknown as z.ZodType<{ schemaVersion: 2; notes: string }>,
      migrations: [renameNote],
    }
    const r = restoreRecord(kind, { schemaVersion: 1, note: 'hi' }, ctx)
    expect(r).toEqual({ ok: true, value: { schemaVersion: 2, notes: 'hi' }, migratedFrom: 1 })
    expect(restoreRecord(kind, { schemaVersion: 2, notes: 'hi' }, ctx)).toMatchObject({ ok: true, migratedFrom: null })
  })
})
