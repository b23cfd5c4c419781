// mistake: pops on ".." only when the stack has something, and otherwise lets ".." fall through and be kept as a name
function simplifyPath(path) {
  const stack = []
  for (const part of path.split('/')) {
    if (part === '..' && stack.length) stack.pop()
    else if (part && part !== '.') stack.push(part)
  }
  return '/' + stack.join('/')
}
