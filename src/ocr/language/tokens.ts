// A small code tokenizer for one line: enough to tell words, numbers, string
// literals, operators and brackets apart for correction and spacing.

export type TokenKind = 'word' | 'num' | 'str' | 'op' | 'open' | 'close' | 'space'

export interface Token {
  kind: TokenKind
  text: string
  /** Offset in the line read. */
  start: number
}

const OPS = ['===', '!==', '**=', '//=', '>>=', '<<=', '==', '!=', '<=', '>=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '//', '**', '->', '=>', '&&', '||', '++', '--', '<<', '>>']

export function tokenize(line: string): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < line.length) {
    const c = line[i]!
    const start = i
    if (c === ' ') {
      while (line[i] === ' ') i++
      out.push({ kind: 'space', text: line.slice(start, i), start })
    } else if (/[A-Za-z_]/.test(c)) {
      while (i < line.length && /[A-Za-z0-9_]/.test(line[i]!)) i++
      out.push({ kind: 'word', text: line.slice(start, i), start })
    } else if (/[0-9]/.test(c)) {
      while (i < line.length && /[0-9A-Za-z_.]/.test(line[i]!)) {
        if (line[i] === '.' && !/[0-9]/.test(line[i + 1] ?? '')) break
        i++
      }
      const text = line.slice(start, i)
      // "1s", "0ne": digits that start a word are misread letters more often than numbers.
      out.push({ kind: /^[0-9][0-9.]*$/.test(text) ? 'num' : 'word', text, start })
    } else if (c === "'" || c === '"' || c === '`') {
      i++
      while (i < line.length && line[i] !== c) i += line[i] === '\\' ? 2 : 1
      i = Math.min(line.length, i + 1)
      out.push({ kind: 'str', text: line.slice(start, i), start })
    } else if ('([{'.includes(c)) {
      i++
      out.push({ kind: 'open', text: c, start })
    } else if (')]}'.includes(c)) {
      i++
      out.push({ kind: 'close', text: c, start })
    } else {
      const op = OPS.find((o) => line.startsWith(o, i))
      i += op ? op.length : 1
      out.push({ kind: 'op', text: line.slice(start, i), start })
    }
  }
  return out
}
