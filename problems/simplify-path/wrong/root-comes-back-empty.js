// mistake: joins the names with a slash before each one, so the root comes back as an empty string
function simplifyPath(path) {
  const stack = []
  for (const part of path.split('/')) {
    if (part === '..') stack.pop()
    else if (part && part !== '.') stack.push(part)
  }
  return stack.map((name) => '/' + name).join('')
}
