// Code without its strings and comments, for the page-wide rules that look for names.
/**
 * The lines with string literals (a Python docstring over several lines too)
 * and comments blanked to spaces, offsets kept, so nothing in them counts as
 * code: a docstring's "Return the name" is no statement, "# Node" no class.
 */
export function codeOnly(lines: readonly string[], language: string | undefined): string[] {
  const python = (language ?? '').toLowerCase() === 'python'
  // SQL's comments begin with "--", JavaScript's with "//".
  const comment = (language ?? '').toLowerCase() === 'sql' ? '--' : '//'
  let open: string | null = null
  return lines.map((line) => {
    let out = ''
    let k = 0
    while (k < line.length) {
      if (open) {
        const end = line.indexOf(open, k)
        const stop = end < 0 ? line.length : end + 3
        out += ' '.repeat(stop - k)
        k = stop
        if (end >= 0) open = null
        continue
      }
      const rest = line.slice(k)
      const triple = python && (rest.startsWith('"""') || rest.startsWith("'''")) ? rest.slice(0, 3) : null
      if (triple) {
        open = triple
        out += '   '
        k += 3
        continue
      }
      const str = rest.match(python ? /^(["'])(?:\\.|(?!\1).)*\1/ : /^(["'`])(?:\\.|(?!\1).)*\1/)
      if (str) {
        out += ' '.repeat(str[0].length)
        k += str[0].length
        continue
      }
      if (python ? line[k] === '#' : rest.startsWith(comment)) return out + ' '.repeat(line.length - k)
      out += line[k]
      k++
    }
    return out
  })
}
