// One spelling for a long name the renderings read several ways over a page.
import { describe, expect, it } from 'vitest'
import { agreeNames } from '../../src/ocr/combine/nameConsensus.ts'

const r = (...texts: string[]) => texts.map((text) => ({ text }))
const none = () => false
const keywords = (w: string) => ['return', 'None', 'not', 'is', 'if'].includes(w)

describe('agreeNames', () => {
  it('gives every weakly read place of a name the spelling the renderings voted for over the page', () => {
    const page = ['toketom = None', 'if token is not None:', 'return timeturn']
    const readings = [
      r('toketom = None', 'toketurn = None', 'toketurn = None', 'tokelom = None'),
      r('if token is not None:', 'if toketurn is not None:', 'if toketurn is not None:', 'if tokturn is not None:'),
      r('return timeturn', 'return toketurn', 'return toketurn', 'return tiketurn'),
    ]
    const { lines, fixes } = agreeNames(page, readings, keywords)
    expect(lines).toEqual(['toketurn = None', 'if toketurn is not None:', 'return toketurn'])
    expect(fixes).toContainEqual({ line: 2, at: 7, from: 'timeturn', to: 'toketurn' })
  })

  it('leaves a place most renderings read as it stands: two names alike on purpose stay two', () => {
    const page = ['result = []', 'results = run(result)']
    const readings = [r('result = []', 'result = []', 'results = []'), r('results = run(result)', 'results = run(result)', 'result = run(results)')]
    expect(agreeNames(page, readings, none).lines).toEqual(page)
  })

  it('leaves a word its renderings read more often than any other spelling: it may be another name like one the page uses', () => {
    const page = ['FROM customers c', 'JOIN orders o ON o.customer_id = c.id']
    // (Read there most often, though by fewer than half the renderings.)
    const readings = [
      r('FROM customers c', 'FROM customers c', 'FROM customer_id c', 'FROM custemers c', 'FROM customars c'),
      r('JOIN orders o ON o.customer_id = c.id', 'JOIN orders o ON o.customer_id = c.id'),
    ]
    expect(agreeNames(page, readings, none).lines).toEqual(page)
  })

  it('leaves words of the language, short words, letter case and a word far from the spelling', () => {
    const known = (w: string) => w === 'print'
    expect(agreeNames(['print(x)', 'prmnt(x)'], [r('print(x)', 'prmnt(x)'), r('prmnt(x)', 'print(x)', 'pnint(x)')], known).lines).toEqual(['print(x)', 'prmnt(x)'])
    expect(agreeNames(['seq = 1', 'sep = 2'], [r('seq = 1', 'sep = 1'), r('sep = 2', 'seq = 2', 'seq = 2')], none).lines).toEqual(['seq = 1', 'sep = 2'])
    const cases = ['Cookie = 1', 'x = cookie']
    expect(agreeNames(cases, [r('Cookie = 1', 'cookie = 1', 'cookie = 1'), r('x = cookie', 'x = cookie')], none).lines).toEqual(cases)
    const far = ['cookie = 1', 'x = roome']
    expect(agreeNames(far, [r('cookie = 1', 'cookie = 1'), r('x = roome', 'x = rooms', 'x = cookie')], none).lines).toEqual(far)
  })
})
