// Builds one validated Problem from the files of its directory. Pure: the
// caller reads the files (Vite glob in the app, fs in tests). All or nothing:
// any error and there is no problem, only messages naming file and field.
import type { z } from 'zod'
import { FILE_EXT, problemJsonSchema, type Lang, type Problem, type ProblemJson, type Reference } from './schema'

export type AssembleResult = { ok: true; problem: Problem } | { ok: false; errors: string[] }

const KNOWN_FILES = new Set([
  'problem.json',
  'statement.md',
  'solution.py',
  'solution.js',
  'solution.sql',
  'buggy.py',
  'buggy.js',
  'schema.sql',
])

/** ['tests', 3, 'expected'] -> "tests[3].expected" */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p)
  return out || '(top level)'
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return 'required'
  if (issue.code === 'unrecognized_keys') return `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  return issue.message
}

export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((i) => `${file}: ${formatPath(i.path)}: ${issueMessage(i)}`)
}

/**
 * @param dir the problem's directory as the app names it, e.g. "problems/two-sum";
 *   its last part must equal the problem's id.
 * @param files file name (relative to dir) -> text.
 */
export function assembleProblem(dir: string, files: Record<string, string>): AssembleResult {
  const errors: string[] = []
  const dirName = dir.replace(/\/+$/, '').split('/').pop() ?? dir
  const at = (name: string) => `${dir.replace(/\/+$/, '')}/${name}`
  const jsonFile = at('problem.json')

  for (const name of Object.keys(files)) {
    if (!KNOWN_FILES.has(name)) errors.push(`${at(name)}: unexpected file (known: ${[...KNOWN_FILES].join(', ')})`)
  }
  const rawJson = files['problem.json']
  if (rawJson === undefined) return { ok: false, errors: [...errors, `${jsonFile}: missing file`] }
  let data: unknown
  try {
    data = JSON.parse(rawJson)
  } catch (e) {
    return { ok: false, errors: [...errors, `${jsonFile}: not valid JSON: ${(e as Error).message}`] }
  }
  const parsed = problemJsonSchema.safeParse(data)
  if (!parsed.success) return { ok: false, errors: [...errors, ...formatIssues(jsonFile, parsed.error.issues)] }
  const p: ProblemJson = parsed.data

  if (p.id !== dirName) errors.push(`${jsonFile}: id: "${p.id}" must equal the directory name "${dirName}"`)

  const statement = files['statement.md']
  if (statement === undefined) errors.push(`${at('statement.md')}: missing file`)
  else if (!statement.trim()) errors.push(`${at('statement.md')}: must not be empty`)

  const languages = p.languages as Lang[]
  const references: Partial<Record<Lang, Reference>> = {}
  for (const lang of languages) {
    const file = `solution.${FILE_EXT[lang]}`
    const code = files[file]
    if (code === undefined || !code.trim()) errors.push(`${at(file)}: missing or empty (reference answer for ${lang})`)
    const meta = p.references[lang]
    if (!meta) errors.push(`${jsonFile}: references.${lang}: required (languages lists ${lang})`)
    if (code !== undefined && meta) references[lang] = { code: code.replace(/\s+$/, '') + '\n', ...meta }
  }
  for (const lang of Object.keys(p.references) as Lang[]) {
    if (!languages.includes(lang)) errors.push(`${jsonFile}: references.${lang}: ${lang} is not in languages`)
  }
  for (const lang of ['python', 'javascript', 'sql'] as const) {
    const file = `solution.${FILE_EXT[lang]}`
    if (files[file] !== undefined && !languages.includes(lang)) errors.push(`${at(file)}: ${lang} is not in languages`)
  }

  const buggy: Partial<Record<Lang, string>> = {}
  for (const lang of languages) {
    const code = files[`buggy.${FILE_EXT[lang]}`]
    if (code !== undefined) buggy[lang] = code.replace(/\s+$/, '') + '\n'
  }
  if (p.category === 'fix-the-code') {
    for (const lang of languages) {
      if (!buggy[lang]) errors.push(`${at(`buggy.${FILE_EXT[lang]}`)}: required for a "fix-the-code" problem in ${lang}`)
    }
  }

  let problem: Problem | undefined
  const common = {
    id: p.id,
    title: p.title,
    difficulty: p.difficulty,
    category: p.category,
    tags: p.tags,
    minutes: p.minutes,
    statement: statement ?? '',
    examples: p.examples,
    constraints: p.constraints,
    hints: p.hints,
    languages,
    references,
    clarifications: p.clarifications ?? [],
    ...(p.interview ? { interview: p.interview } : {}),
    ...(Object.keys(buggy).length ? { buggy } : {}),
  }

  if (p.kind === 'sql') {
    const schemaSql = files['schema.sql']
    if (schemaSql === undefined || !schemaSql.trim()) errors.push(`${at('schema.sql')}: missing or empty (tables for an SQL problem)`)
    problem = { ...common, kind: 'sql', entry: {}, starter: p.starter ?? {}, schemaSql: schemaSql ?? '', tests: p.tests }
  } else {
    for (const lang of p.languages) {
      const entry = p.entry[lang]
      const starter = p.starter[lang]
      if (!entry) errors.push(`${jsonFile}: entry.${lang}: required (languages lists ${lang})`)
      if (!starter) errors.push(`${jsonFile}: starter.${lang}: required (languages lists ${lang})`)
      if (entry && starter && !new RegExp(`\\b${entry.replace(/\$/g, '\\$')}\\b`).test(starter)) {
        errors.push(`${jsonFile}: starter.${lang}: must name the entry "${entry}"`)
      }
    }
    if (files['schema.sql'] !== undefined) errors.push(`${at('schema.sql')}: only for kind "sql"`)
    const compare = p.compare ?? 'exact'
    const tol = p.tolerance !== undefined ? { tolerance: p.tolerance } : {}
    if (p.kind === 'function') {
      const argTypes = p.io?.args
      if (argTypes) {
        p.tests.forEach((t, i) => {
          if (t.args.length !== argTypes.length) {
            errors.push(`${jsonFile}: tests[${i}].args: has ${t.args.length} arguments, io.args declares ${argTypes.length}`)
          }
        })
      }
      problem = {
        ...common,
        kind: 'function',
        entry: p.entry,
        starter: p.starter,
        io: { args: argTypes ?? [], returns: p.io?.returns ?? 'plain' },
        compare,
        ...tol,
        tests: p.tests,
      }
    } else {
      if (p.io) errors.push(`${jsonFile}: io: only for kind "function"`)
      problem = { ...common, kind: 'class', entry: p.entry, starter: p.starter, compare, ...tol, tests: p.tests }
    }
  }
  const names = new Set<string>()
  p.tests.forEach((t, i) => {
    if (names.has(t.name)) errors.push(`${jsonFile}: tests[${i}].name: "${t.name}" is used twice`)
    names.add(t.name)
  })

  return errors.length ? { ok: false, errors } : { ok: true, problem }
}

/**
 * Groups a flat map of paths ("problems/<id>/<file>" -> text) by directory and
 * assembles each. Invalid problems are left out; their errors are returned.
 */
export function assembleAll(files: Record<string, string>): { problems: Problem[]; errors: string[] } {
  const dirs = new Map<string, Record<string, string>>()
  for (const [path, text] of Object.entries(files)) {
    const slash = path.lastIndexOf('/')
    const dir = path.slice(0, slash).replace(/^\/+/, '')
    const name = path.slice(slash + 1)
    if (name === 'README.md' && !dir.includes('/')) continue
    const group = dirs.get(dir) ?? {}
    group[name] = text
    dirs.set(dir, group)
  }
  const problems: Problem[] = []
  const errors: string[] = []
  for (const [dir, group] of [...dirs].sort(([a], [b]) => a.localeCompare(b))) {
    const r = assembleProblem(dir, group)
    if (r.ok) problems.push(r.problem)
    else errors.push(...r.errors)
  }
  return { problems, errors }
}
