// Builds one validated Problem from the files of its directory. Pure: the
// caller reads the files (Vite glob in the app, fs in tests). All or nothing:
// any error and there is no problem, only messages naming file and field.
import type { z } from 'zod'
import { FILE_EXT, problemJsonSchema, type Lang, type Problem, type ProblemJson, type ProblemKind, type Reference } from './schema.ts'

export type AssembleResult = { ok: true; problem: Problem } | { ok: false; errors: string[] }

const COMMON_FILES = ['problem.json', 'statement.md']
/** The files each kind may have besides problem.json and statement.md. */
const FILES_OF_KIND: Record<ProblemKind, ReadonlySet<string>> = {
  function: new Set(['solution.py', 'solution.js', 'buggy.py', 'buggy.js']),
  class: new Set(['solution.py', 'solution.js', 'buggy.py', 'buggy.js']),
  sql: new Set(['solution.sql', 'schema.sql']),
  choice: new Set(['snippet.py', 'snippet.js']),
}
const KNOWN_FILES = new Set([...COMMON_FILES, ...Object.values(FILES_OF_KIND).flatMap((s) => [...s])])
/** File -> the kinds that may have it, for the message when another kind has it. */
const ONLY_FOR = new Map(
  [...KNOWN_FILES]
    .filter((f) => !COMMON_FILES.includes(f))
    .map((f) => [f, (Object.keys(FILES_OF_KIND) as ProblemKind[]).filter((k) => FILES_OF_KIND[k].has(f)).map((k) => `"${k}"`).join(' or ')]),
)
const LANG_OF_EXT = new Map(Object.entries(FILE_EXT).map(([lang, ext]) => [ext, lang as Lang]))

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
  const trimmed = (code: string) => code.replace(/\s+$/, '') + '\n'
  const kindFiles = FILES_OF_KIND[p.kind]
  for (const name of Object.keys(files)) {
    const only = ONLY_FOR.get(name)
    if (only && !kindFiles.has(name)) errors.push(`${at(name)}: only for kind ${only} (this problem is kind "${p.kind}")`)
  }
  const extLang = (name: string) => LANG_OF_EXT.get(name.slice(name.lastIndexOf('.') + 1))
  for (const name of Object.keys(files)) {
    const lang = extLang(name)
    if (lang && /^(solution|buggy|snippet)\./.test(name) && kindFiles.has(name) && !languages.includes(lang))
      errors.push(`${at(name)}: ${lang} is not in languages`)
  }

  let problem: Problem | undefined
  if (p.kind === 'choice') {
    const snippet: Partial<Record<Lang, string>> = {}
    for (const lang of languages) {
      const code = files[`snippet.${FILE_EXT[lang]}`]
      if (code === undefined || !code.trim()) errors.push(`${at(`snippet.${FILE_EXT[lang]}`)}: missing or empty (the code to read in ${lang})`)
      else snippet[lang] = trimmed(code)
    }
    p.questions.forEach((q, i) => {
      q.options.forEach((o, j) => {
        if (typeof o.text === 'string') return
        const byLang = o.text as Partial<Record<Lang, string>>
        for (const lang of languages)
          if (!byLang[lang]) errors.push(`${jsonFile}: questions[${i}].options[${j}].text.${lang}: required (languages lists ${lang})`)
        for (const lang of Object.keys(o.text))
          if (!languages.includes(lang as Lang)) errors.push(`${jsonFile}: questions[${i}].options[${j}].text.${lang}: ${lang} is not in languages`)
      })
    })
    const ids = new Set<string>()
    p.questions.forEach((q, i) => {
      if (ids.has(q.id)) errors.push(`${jsonFile}: questions[${i}].id: "${q.id}" is used twice`)
      ids.add(q.id)
    })
    problem = { ...p, statement: statement ?? '', languages, references: {}, snippet, entry: {}, starter: {}, tests: [] }
    return errors.length ? { ok: false, errors } : { ok: true, problem }
  }

  const references: Partial<Record<Lang, Reference>> = {}
  for (const lang of languages) {
    const file = `solution.${FILE_EXT[lang]}`
    const code = files[file]
    if (code === undefined || !code.trim()) errors.push(`${at(file)}: missing or empty (reference answer for ${lang})`)
    const meta = p.references[lang]
    if (!meta) errors.push(`${jsonFile}: references.${lang}: required (languages lists ${lang})`)
    if (code !== undefined && meta) references[lang] = { code: trimmed(code), ...meta }
  }
  for (const lang of Object.keys(p.references) as Lang[]) {
    if (!languages.includes(lang)) errors.push(`${jsonFile}: references.${lang}: ${lang} is not in languages`)
  }

  const buggy: Partial<Record<Lang, string>> = {}
  for (const lang of languages) {
    const code = files[`buggy.${FILE_EXT[lang]}`]
    if (code !== undefined) buggy[lang] = trimmed(code)
  }
  if (p.category === 'fix-the-code') {
    for (const lang of languages) {
      if (!buggy[lang]) errors.push(`${at(`buggy.${FILE_EXT[lang]}`)}: required for a "fix-the-code" problem in ${lang}`)
    }
  }
  // problem.json's fields pass through as validated (a new field is declared once, in schema.ts).
  const fromFiles = { statement: statement ?? '', languages, starter: p.starter as Partial<Record<Lang, string>>, references, ...(Object.keys(buggy).length ? { buggy } : {}) }

  if (p.kind === 'sql') {
    const schemaSql = files['schema.sql']
    if (schemaSql === undefined || !schemaSql.trim()) errors.push(`${at('schema.sql')}: missing or empty (tables for an SQL problem)`)
    problem = { ...p, ...fromFiles, entry: {}, schemaSql: schemaSql ?? '' }
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
    if (p.kind === 'function') {
      const argTypes = p.io.args
      if (argTypes.length) {
        p.tests.forEach((t, i) => {
          if (t.args.length !== argTypes.length) {
            errors.push(`${jsonFile}: tests[${i}].args: has ${t.args.length} arguments, io.args declares ${argTypes.length}`)
          }
        })
      }
      const perf = p.performance
      const arity = p.tests[0]?.args.length ?? 0
      if (perf && perf.args.length !== arity)
        errors.push(`${jsonFile}: performance.args: has ${perf.args.length} generator(s), the tests pass ${arity} argument(s)`)
      problem = { ...p, ...fromFiles }
    } else {
      const methods = new Set(p.tests.flatMap((t) => t.ops.map(([m]) => m)))
      p.performance?.steps.forEach((step, i) => {
        if (!methods.has(step.method))
          errors.push(`${jsonFile}: performance.steps[${i}].method: "${step.method}" is not a method the tests call (${[...methods].join(', ')})`)
      })
      problem = { ...p, ...fromFiles }
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
