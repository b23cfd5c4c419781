import { describe, expect, it } from 'vitest'
import { diffTranscript, normaliseText, whitespaceKey } from '../../src/core/review/diff'

const kinds = (t: string, r: string, ignoreWhitespace: boolean) =>
  diffTranscript(t, r, { ignoreWhitespace }).rows.map((row) => `${row.kind[0]} ${row.text}`)

describe('diff normalisation', () => {
  it('always ignores CRLF, tabs as 4 spaces, trailing spaces and trailing blank lines', () => {
    expect(normaliseText('a  \r\n\tb\r\n\n\n')).toEqual(['a', '    b'])
    expect(diffTranscript('x = 1   \r\n', 'x = 1\n\n', { ignoreWhitespace: false }).equal).toBe(true)
  })

  it('whitespace key drops indentation and spaces at punctuation but keeps one between words', () => {
    expect(whitespaceKey('    a  =  b( c , d )')).toBe('a=b(c,d)')
    expect(whitespaceKey('return   x')).toBe('return x')
    expect(whitespaceKey('returnx')).not.toBe(whitespaceKey('return x'))
  })
})

describe('transcript against reference', () => {
  const transcript = 'def f(a,b):\n  return a+b\n\n'
  const reference = 'def f(a, b):\n    return a + b\n'

  it('shows whitespace-only differences when asked to', () => {
    const d = diffTranscript(transcript, reference, { ignoreWhitespace: false })
    expect(d.equal).toBe(false)
    expect(d.removed).toBe(2)
    expect(d.added).toBe(2)
    // Paired lines mark only the characters that differ.
    const first = d.rows.find((r) => r.kind === 'added')!
    expect(first.kind === 'added' && first.spans?.filter((s) => s.changed).map((s) => s.text)).toEqual([' '])
  })

  it('hides them when ignoring whitespace, blank lines included', () => {
    const d = diffTranscript('def f(a,b):\n\n  return a+b', reference, { ignoreWhitespace: true })
    expect(d.equal).toBe(true)
    // The transcript's blank line is still shown, as context, in order.
    expect(d.rows.map((r) => r.kind)).toEqual(['same', 'same', 'same'])
    expect(d.rows.map((r) => r.kind === 'same' && r.a)).toEqual([1, 2, 3])
  })

  it('still reports real differences when ignoring whitespace', () => {
    expect(kinds('def f(a,b):\n  return a-b', reference, true)).toEqual(['s def f(a,b):', 'r   return a-b', 'a     return a + b'])
    expect(diffTranscript('return x', 'returnx', { ignoreWhitespace: true }).equal).toBe(false)
  })

  it('lists missing and extra lines with their line numbers', () => {
    const d = diffTranscript('a\nb\nextra\nc', 'a\nb\nc\nd', { ignoreWhitespace: false })
    expect(d.rows).toEqual([
      { kind: 'same', a: 1, b: 1, text: 'a' },
      { kind: 'same', a: 2, b: 2, text: 'b' },
      { kind: 'removed', a: 3, text: 'extra' },
      { kind: 'same', a: 4, b: 3, text: 'c' },
      { kind: 'added', b: 4, text: 'd' },
    ])
    expect([d.removed, d.added]).toEqual([1, 1])
  })
})
