// `npm run --silent judge -- SLUG FILE [--lang python|javascript|sql]`: runs
// FILE against problem SLUG's tests (and its performance test) with the same
// harnesses and judging as the app, and prints one JSON line:
//   {"problem","language","passed","total","failed":[names],"performance":{...}|null}
// Exit 0 when everything passed, 1 when anything failed, 2 on bad input
// (unknown problem, unreadable file, language not offered), with a message on stderr.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { readProblemDir } from '../src/bank/fromDisk.ts'
import { assembleProblem } from '../src/core/problems/assemble.ts'
import { allPassed } from '../src/core/judge/judge.ts'
import { LANGS, type Lang } from '../src/core/problems/schema.ts'
import { runInNode } from '../src/runner/node/runAnswer.ts'

const USAGE = 'usage: npm run --silent judge -- SLUG FILE [--lang python|javascript|sql] [--no-performance]'
const EXT_LANG: Record<string, Lang> = { '.py': 'python', '.js': 'javascript', '.mjs': 'javascript', '.sql': 'sql' }

function fail(message: string): never {
  process.stderr.write(`judge: ${message}\n`)
  process.exit(2)
}

const args = process.argv.slice(2)
let lang: Lang | undefined
let performance = true
const positional: string[] = []
for (let i = 0; i < args.length; i++) {
  const a = args[i]!
  if (a === '--lang') {
    const v = args[++i]
    if (!v || !(LANGS as readonly string[]).includes(v)) fail(`--lang must be one of ${LANGS.join(', ')} (got ${v ?? 'nothing'})\n${USAGE}`)
    lang = v as Lang
  } else if (a.startsWith('--lang=')) {
    const v = a.slice('--lang='.length)
    if (!(LANGS as readonly string[]).includes(v)) fail(`--lang must be one of ${LANGS.join(', ')} (got ${v})\n${USAGE}`)
    lang = v as Lang
  } else if (a === '--no-performance') performance = false
  else if (a.startsWith('--')) fail(`unknown option ${a}\n${USAGE}`)
  else positional.push(a)
}
if (positional.length !== 2) fail(USAGE)
const [slug, file] = positional as [string, string]

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'problems')
const problemDir = path.join(root, slug)
if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) || !existsSync(path.join(problemDir, 'problem.json'))) {
  const near = readdirSync(root).filter((id) => id.includes(slug) || slug.includes(id))
  fail(`no problem "${slug}" in problems/${near.length ? ` (did you mean ${near.slice(0, 3).join(', ')}?)` : ''}`)
}
const assembled = assembleProblem(`problems/${slug}`, readProblemDir(problemDir))
if (!assembled.ok) fail(`problem "${slug}" is invalid:\n${assembled.errors.join('\n')}`)
const problem = assembled.problem
if (problem.kind === 'choice') fail(`"${slug}" is a "read this code" problem: it is answered by choosing, not by code`)

let code: string
try {
  code = readFileSync(file, 'utf8')
} catch (e) {
  fail(`cannot read ${file}: ${(e as Error).message}`)
}
lang ??= EXT_LANG[path.extname(file).toLowerCase()]
if (!lang) fail(`cannot tell the language of ${file} from its extension; pass --lang python|javascript|sql`)
if (!problem.languages.includes(lang)) fail(`"${slug}" is not offered in ${lang} (it is in ${problem.languages.join(', ')})`)

const result = await runInNode(problem, lang, code, { performance })
const perf = result.performance
process.stdout.write(
  JSON.stringify({
    problem: slug,
    language: lang,
    passed: result.passed,
    total: result.total,
    failed: result.outcomes.filter((o) => !o.passed).map((o) => o.name),
    ...(result.error ? { error: result.error } : {}),
    performance: perf
      ? {
          ran: perf.ran,
          passed: perf.passed,
          input: perf.input,
          bound: perf.bound,
          maxRatio: perf.maxRatio,
          ...(perf.ratio !== undefined ? { ratio: Math.round(perf.ratio * 100) / 100 } : {}),
          ...(perf.referenceMs !== undefined ? { referenceMs: Math.round(perf.referenceMs * 10) / 10 } : {}),
          ...(perf.answerMs !== undefined ? { answerMs: Math.round(perf.answerMs * 10) / 10 } : {}),
          ...(perf.limitMs !== undefined ? { limitMs: Math.round(perf.limitMs) } : {}),
          message: perf.message,
        }
      : null,
  }) + '\n',
)
process.exit(allPassed(result) ? 0 : 1)
