import { parser } from '@lezer/python'
const errs = (line: string) => {
  let src = line.trim()
  if (src.endsWith(':')) src += '\n  pass'
  const tree = parser.parse(src)
  let n = 0
  tree.iterate({ enter: (node) => { if (node.type.isError) n++ } })
  return n
}
for (const l of ['def _find_no_duplicates(self, name, domain=None, path=None):', 'def ind er dis of rams, demas = None, goth = None):', 'if cookie.name == name:', 'dt rams = name', 'else:', 'raise KeyError(name, domain, path)', 'or or n, o)', 'if toReturn:', 'yield next(seq)', 'return toReturn', 'break', 'if x', 'toReturn = cookie.value', 'toReturn = cookie.valve','x = list(take(seq, size))', 'x = list(take(seq, size)', "raise CookieConflictError('There are , %r' % (name))"]) console.log(errs(l), l)
