// The problem bank read from disk (Node only: the build's check, the tests
// and the judge CLI), the way the app's glob reads it (bankFiles.ts): one
// directory per problem, its own files only; wrong/ answers read separately.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { assembleProblem, type AssembleResult } from '../core/problems/assemble.ts'

/** The files directly inside `dir` (name -> text). */
export function readProblemDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isFile()) files[name] = readFileSync(p, 'utf8')
  }
  return files
}

/** Every subdirectory of root, as [relative dir name like "problems/two-sum", files], sorted. */
export function readBank(root: string, base = process.cwd()): [string, Record<string, string>][] {
  return readdirSync(root)
    .filter((n) => statSync(join(root, n)).isDirectory())
    .sort()
    .map((n) => [relative(base, join(root, n)).split('\\').join('/'), readProblemDir(join(root, n))])
}

/** The files of a problem's wrong/ folder (name -> text), empty when it has none. */
export function readWrongDir(dir: string): Record<string, string> {
  const w = join(dir, 'wrong')
  try {
    if (!statSync(w).isDirectory()) return {}
  } catch {
    return {}
  }
  return readProblemDir(w)
}

/** Assembles every problem under root: [dir, result] in directory order. */
export function assembleBank(root = 'problems'): [string, AssembleResult][] {
  return readBank(root).map(([dir, files]) => [dir, assembleProblem(dir, files)])
}
