// npm run --silent clarify:eval [-- --set tune|heldout] — the clarifying-question
// matcher (src/core/clarify) on a set of questions: precision (matches that are
// right), recall (questions with an answer that got the right one), refusals of
// questions that must not match, and each miss. Tune on tune.json only;
// heldout.json is the measure.
import { readFileSync } from 'node:fs'
import { createMatcher, type MatcherOptions } from '../src/core/clarify/matcher.ts'

interface CaseSet {
  clarifications: Record<string, { question: string; answer: string }[]>
  cases: { problem: string; ask: string; expect: number | null }[]
}

export function evaluate(set: CaseSet, options: Partial<MatcherOptions> = {}) {
  let tp = 0
  let wrong = 0
  let missed = 0
  let falseAccept = 0
  let refused = 0
  const misses: string[] = []
  const matchers = new Map(Object.entries(set.clarifications).map(([id, list]) => [id, createMatcher(list, options)]))
  for (const c of set.cases) {
    const m = matchers.get(c.problem)!.match(c.ask)
    const got = m?.index ?? null
    if (c.expect === null) {
      if (got === null) refused++
      else {
        falseAccept++
        misses.push(`${c.problem}: "${c.ask}" should not match, got ${got} (${m!.score.toFixed(2)}) "${set.clarifications[c.problem]![got]!.question}"`)
      }
    } else if (got === c.expect) tp++
    else {
      if (got === null) missed++
      else wrong++
      misses.push(`${c.problem}: "${c.ask}" -> ${got ?? 'none'}${m ? ` (${m.score.toFixed(2)})` : ''}, expected ${c.expect} "${set.clarifications[c.problem]![c.expect]!.question}"`)
    }
  }
  const answerable = set.cases.filter((c) => c.expect !== null).length
  const unanswerable = set.cases.length - answerable
  const accepted = tp + wrong + falseAccept
  return {
    cases: set.cases.length,
    precision: accepted ? tp / accepted : 1,
    recall: answerable ? tp / answerable : 1,
    refusal: unanswerable ? refused / unanswerable : 1,
    counts: { right: tp, wrongMatch: wrong, missed, falseAccept, refused },
    misses,
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`
if (isMain) {
  const which = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1]! : 'tune'
  const set = JSON.parse(readFileSync(`tests/fixtures/clarify/${which}.json`, 'utf8')) as CaseSet
  const r = evaluate(set)
  for (const m of r.misses) console.log(m)
  console.log(`\n${which}: ${r.cases} questions; precision ${(r.precision * 100).toFixed(1)}%, recall ${(r.recall * 100).toFixed(1)}%, unanswerable refused ${(r.refusal * 100).toFixed(1)}%`)
  console.log(JSON.stringify({ set: which, ...r, misses: undefined }))
}
