// mistake: treats every name that starts with ".." (such as "...") as going up
function simplifyPath(path) {
  const stack = []
  for (const part of path.split('/')) {
    if (part.startsWith('..')) stack.pop()
    else if (part && part !== '.') stack.push(part)
  }
  return '/' + stack.join('/')
}
