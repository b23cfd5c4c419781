// The mock interview's plan and timings, and the session that runs it.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { assembleAll } from '../../src/core/problems/assemble'
import { assembleDeck } from '../../src/core/interview/deck'
import { MIN_STAGE_MINUTES, PRESETS, planMock, presetConfig, seededRandom, stageMinutes, STAGE_KINDS, type MockConfig, type StageKind } from '../../src/core/mock/plan'
import { askBackForStage, createSession, endStage, linkAnswer, linkAttempt, nextQuestion, pauseSession, resumeSession, sessionAtLastSave, stageUsedMs, summarizeSession } from '../../src/core/mock/session'
import { mockSessionKind } from '../../src/core/mock/schema'
import { buildReport, reportAnswerOf, reportAttemptOf } from '../../src/core/mock/report'
import { createAnswer, finishAnswer, startAnswering, toggleStep, togglePitfall } from '../../src/core/interview/answering'
import { restoreRecord } from '../../src/core/records/gate'

const bankFiles: Record<string, string> = {}
for (const dir of readdirSync('problems', { withFileTypes: true })) {
  if (!dir.isDirectory()) continue
  for (const f of readdirSync(join('problems', dir.name), { withFileTypes: true })) if (f.isFile()) bankFiles[`problems/${dir.name}/${f.name}`] = readFileSync(join('problems', dir.name, f.name), 'utf8')
}
const { problems } = assembleAll(bankFiles)
const deckFiles: Record<string, string> = {}
for (const d of ['deck', 'ask-back']) for (const f of readdirSync(`questions/${d}`)) deckFiles[`questions/${d}/${f}`] = readFileSync(`questions/${d}/${f}`, 'utf8')
const { deck } = assembleDeck(deckFiles)
const MIN = 60_000

describe('stage timings', () => {
  it.each(PRESETS)('the %i-minute preset: whole minutes that add up to the preset, each stage at least the minimum', (preset) => {
    const c = presetConfig(preset)
    const m = stageMinutes(c)
    expect(m.reduce((a, b) => a + b, 0)).toBe(preset)
    for (const x of m) {
      expect(Number.isInteger(x)).toBe(true)
      expect(x).toBeGreaterThanOrEqual(MIN_STAGE_MINUTES)
    }
  })

  it('gives the coding test the most time and asking back the least', () => {
    const c = presetConfig(60)
    const m = Object.fromEntries(c.stages.map((k, i) => [k, stageMinutes(c)[i]!])) as Record<StageKind, number>
    expect(m.coding).toBeGreaterThan(m.fix)
    expect(m.questions).toBeGreaterThan(m['ask-back'])
    expect(m).toEqual({ coding: 23, fix: 13, questions: 17, 'ask-back': 7 })
  })

  it('does not change a stage’s time when the stages are reordered', () => {
    const c = presetConfig(90)
    const reordered: MockConfig = { ...c, stages: ['ask-back', 'questions', 'build', 'fix', 'coding'] }
    const byKind = (cfg: MockConfig) => Object.fromEntries(cfg.stages.map((k, i) => [k, stageMinutes(cfg)[i]]))
    expect(byKind(reordered)).toEqual(byKind(c))
    // Equal weights (fix and three questions) tie on the last minute: the tie goes by kind, not by position.
    const tied: MockConfig = { ...presetConfig(30), questionCount: 3, stages: ['fix', 'questions', 'ask-back', 'build'] }
    expect(byKind({ ...tied, stages: ['questions', 'fix', 'build', 'ask-back'] })).toEqual(byKind(tied))
  })

  it('gives a dropped stage’s time to the others, and more questions more time', () => {
    const c = presetConfig(30)
    const without = stageMinutes({ ...c, stages: ['coding', 'questions'] })
    expect(without.reduce((a, b) => a + b, 0)).toBe(30)
    const q3 = stageMinutes({ ...c, questionCount: 3 })[2]!
    const q5 = stageMinutes({ ...c, questionCount: 5 })[2]!
    expect(q5).toBeGreaterThan(q3)
  })
})

describe('planning', () => {
  it('fills each stage from its part of the bank and the deck, in the chosen order', () => {
    const plan = planMock(presetConfig(90), { problems, questions: deck.questions }, seededRandom(1))
    expect(plan.stages.map((s) => s.kind)).toEqual(['coding', 'fix', 'build', 'questions', 'ask-back'])
    const byId = new Map(problems.map((p) => [p.id, p]))
    const [coding, fix, build, questions] = plan.stages
    expect(coding!.problems).toHaveLength(2)
    for (const p of coding!.problems) expect(['fix-the-code', 'backend', 'read-the-code']).not.toContain(byId.get(p.id)!.category)
    expect(byId.get(fix!.problems[0]!.id)!.category).toBe('fix-the-code')
    expect(byId.get(build!.problems[0]!.id)!.category).toBe('backend')
    expect(questions!.questionIds).toHaveLength(5)
    expect(questions!.questionIds[0]).toBe('tell-me-about-yourself')
    expect(new Set(questions!.questionIds).size).toBe(5)
    // Times: the stages add up to the preset; each coding problem gets half the stage.
    expect(plan.stages.reduce((n, s) => n + s.plannedMs, 0)).toBe(90 * MIN)
    expect(coding!.problems[0]!.plannedMs * 2).toBeLessThanOrEqual(coding!.plannedMs)
    // No problem twice.
    const ids = plan.stages.flatMap((s) => s.problems.map((p) => p.id))
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('keeps to the chosen difficulty and categories, and the same seed gives the same plan', () => {
    const config: MockConfig = { ...presetConfig(30), difficulty: 'easy', categories: ['hash-maps', 'arrays-strings'] }
    const a = planMock(config, { problems, questions: deck.questions }, seededRandom(7))
    const b = planMock(config, { problems, questions: deck.questions }, seededRandom(7))
    expect(a).toEqual(b)
    const byId = new Map(problems.map((p) => [p.id, p]))
    const coding = byId.get(a.stages[0]!.problems[0]!.id)!
    expect(coding.difficulty).toBe('easy')
    expect(['hash-maps', 'arrays-strings']).toContain(coding.category)
  })

  it('leaves out a stage nothing fits, says why, and gives its time to the rest', () => {
    const noBuild = problems.filter((p) => p.category !== 'backend')
    const plan = planMock(presetConfig(90), { problems: noBuild, questions: deck.questions }, seededRandom(3))
    expect(plan.stages.map((s) => s.kind)).toEqual(['coding', 'fix', 'questions', 'ask-back'])
    expect(plan.notes.join(' ')).toMatch(/Small build left out/)
    expect(plan.stages.reduce((n, s) => n + s.plannedMs, 0)).toBe(90 * MIN)
  })

  it('widens the difficulty with a note when too few problems match', () => {
    const plan = planMock({ ...presetConfig(30), difficulty: 'hard', stages: ['fix'] }, { problems, questions: deck.questions }, seededRandom(2))
    expect(plan.stages).toHaveLength(1)
    if (!problems.some((p) => p.category === 'fix-the-code' && p.difficulty === 'hard')) expect(plan.notes[0]).toMatch(/Not enough hard problems/)
  })
})

describe('the session', () => {
  const plan = planMock(presetConfig(30), { problems, questions: deck.questions }, seededRandom(5))
  const t0 = 1_700_000_000_000

  it('runs stage by stage on its own clock, linking what was made, to the report', () => {
    let s = createSession(plan, t0, 'mock-test')
    expect(s.stages.map((x) => x.status)).toEqual(['active', 'pending', 'pending', 'pending'])
    s = linkAttempt(s, 'a-1', t0 + 1000)
    s = endStage(s, t0 + 10 * MIN, { selfRating: 3 })
    expect(s.current).toBe(1)
    expect(stageUsedMs(s.stages[0]!, t0 + 20 * MIN)).toBe(10 * MIN)
    expect(s.stages[0]!.attemptIds).toEqual(['a-1'])
    s = endStage(s, t0 + 12 * MIN, { skipped: true })
    expect(s.stages[1]!.status).toBe('skipped')
    s = endStage(s, t0 + 20 * MIN)
    s = endStage(s, t0 + 23 * MIN)
    expect(s.status).toBe('finished')
    expect(s.current).toBe(4)
    const sum = summarizeSession(s)
    expect(sum.usedMs).toBe(23 * MIN)
    expect(sum.stages.map((x) => x.usedMs)).toEqual([10 * MIN, 2 * MIN, 8 * MIN, 3 * MIN])
    // The finished session passes the gate as stored.
    const r = restoreRecord(mockSessionKind, JSON.parse(JSON.stringify(s)), { source: 'test', key: s.id })
    expect(r.ok ? r.value : r.issues).toEqual(s)
  })

  it('after a closed tab resumes at the stage it was in, not counting the time away', () => {
    let s = createSession(plan, t0)
    s = endStage(s, t0 + 5 * MIN)
    // Last saved two minutes into the second stage; the tab closed; reopened an hour later.
    s = { ...s, updatedAt: t0 + 7 * MIN }
    const reopened = sessionAtLastSave(s)
    expect(reopened.current).toBe(1)
    expect(stageUsedMs(reopened.stages[1]!, t0 + 67 * MIN)).toBe(2 * MIN)
    const running = resumeSession(reopened, t0 + 67 * MIN)
    expect(stageUsedMs(running.stages[1]!, t0 + 68 * MIN)).toBe(3 * MIN)
    expect(summarizeSession(pauseSession(running, t0 + 68 * MIN)).usedMs).toBe(8 * MIN)
  })

  it('rejects a hostile or newer stored session with the field named', () => {
    const s = createSession(plan, t0, 'mock-x')
    const newer = restoreRecord(mockSessionKind, { ...s, schemaVersion: 2 }, { source: 'IndexedDB', key: 'mock-x' })
    expect(newer.ok ? null : newer.issues[0]).toMatchObject({ field: 'schemaVersion', message: expect.stringMatching(/newer Inkterview/) })
    const badStage = restoreRecord(mockSessionKind, { ...s, stages: [{ ...s.stages[0], kind: 'karaoke' }] }, { source: 'IndexedDB', key: 'mock-x' })
    expect(badStage.ok ? null : badStage.issues[0]!.field).toBe('stages[0].kind')
    const deep = restoreRecord(mockSessionKind, { ...s, note: JSON.parse('['.repeat(40) + ']'.repeat(40)) }, { source: 'IndexedDB', key: 'mock-x' })
    expect(deep.ok ? null : deep.issues[0]!.message).toMatch(/nested deeper/)
  })

  it('knows every stage kind', () => {
    expect(STAGE_KINDS).toEqual(['coding', 'fix', 'build', 'questions', 'ask-back'])
  })
})

describe('the mock interview on screen: next question, the list asked back, the report from stored records', () => {
  const t0 = 1_700_000_000_000
  it('asks the questions in order, and after a reload goes back to an answer still open instead of skipping it', () => {
    const stage = { questionIds: ['q1', 'q2', 'q3'], answerIds: [] as string[] }
    expect(nextQuestion(stage, false)).toEqual({ index: 0, openAnswer: null })
    expect(nextQuestion({ ...stage, answerIds: ['a1'] }, true)).toEqual({ index: 0, openAnswer: 'a1' })
    expect(nextQuestion({ ...stage, answerIds: ['a1'] }, false)).toEqual({ index: 1, openAnswer: null })
    expect(nextQuestion({ ...stage, answerIds: ['a1', 'a2', 'a3'] }, true)).toEqual({ index: 2, openAnswer: 'a3' })
    expect(nextQuestion({ ...stage, answerIds: ['a1', 'a2', 'a3'] }, false)).toBeNull()
  })

  it('asks back the candidate’s own list, or three suggestions from different groups when it is empty', () => {
    expect(askBackForStage([{ id: 'x', text: 'Mine?' }], deck.askBack)).toEqual([{ id: 'x', text: 'Mine?' }])
    const suggested = askBackForStage([], deck.askBack)
    expect(suggested).toHaveLength(3)
    const groups = suggested.map((q) => deck.askBack.find((d) => d.id === q.id)!.group)
    expect(new Set(groups).size).toBe(3)
  })

  it('reports an attempt from its summary and an answer from its record and self-check', () => {
    const q = { ...deck.questions.find((d) => d.structure === 'star' && d.pitfalls.length >= 2)!, source: 'deck' as const }
    let a = createAnswer({ question: q, now: t0, thinkMs: 0, mockSessionId: 'mock-r' })
    a = finishAnswer(startAnswering(a, t0), t0 + 20_000)
    a = { ...a, rating: 2, selfCheck: togglePitfall(toggleStep(null, q.steps[0]!.id), 1) }
    const part = reportAnswerOf(a, q)
    expect(part).toMatchObject({ lengthMs: 20_000, rating: 2, pitfallsHit: [q.pitfalls[1]], status: 'finished' })
    expect(part.missedSteps).toEqual(q.steps.slice(1).map((s) => s.label))
    // Not self-checked yet (or the question is gone): nothing is said to be missed.
    expect(reportAnswerOf({ ...a, selfCheck: null }, q).missedSteps).toEqual([])
    expect(reportAnswerOf(a, null).pitfallsHit).toEqual([])

    const attempt = reportAttemptOf({ id: 'a-1', problemId: 'p', problemTitle: 'P', status: 'finished', elapsedMs: 9 * MIN, outcome: 'partial', tests: { passed: 3, total: 5 } })
    const plan = planMock({ ...presetConfig(30), stages: ['coding', 'questions'] }, { problems, questions: deck.questions }, seededRandom(2))
    let s = createSession(plan, t0, 'mock-r')
    s = linkAttempt(s, 'a-1', t0)
    s = endStage(s, t0 + 10 * MIN)
    s = linkAnswer(s, a.id, t0 + 11 * MIN)
    s = endStage(s, t0 + 14 * MIN)
    const report = buildReport(s, { attempts: new Map([['a-1', attempt]]), answers: new Map([[a.id, part]]) }, t0 + 14 * MIN)
    expect(report.stages[0]!.parts[0]).toMatchObject({ type: 'attempt', tests: { passed: 3, total: 5 } })
    expect(report.stages[1]!.parts[0]).toMatchObject({ type: 'answer', verdict: 'short' })
    expect(report.practiseNext.join(' ')).toMatch(/passed 3 of 5 tests/)
    expect(report.practiseNext.join(' ')).toMatch(/Answers too short/)
    // A recorded attempt brings its think-aloud figures, and a long silence is advice.
    const talk = { recordedMs: 9 * MIN, speakingShare: 0.4, longestSilenceMs: 95_000, silenceBeforeFirstStrokeMs: null, whileWritingShare: null, whilePausedShare: null, silentWritingCount: 1 }
    const recorded = reportAttemptOf({ id: 'a-1', problemId: 'p', problemTitle: 'P', status: 'finished', elapsedMs: 9 * MIN, outcome: 'partial', tests: null, talk })
    expect(recorded.talk).toEqual({ speakingShare: 0.4, longestSilenceMs: 95_000 })
    const withTalk = buildReport(s, { attempts: new Map([['a-1', recorded]]), answers: new Map([[a.id, part]]) }, t0 + 14 * MIN)
    expect(withTalk.practiseNext.join(' ')).toMatch(/Think aloud while you write: the longest silence in “P” was/)
  })
})
