// mistake: starts from words[0] without checking for an empty list (undefined has no slice)
function commonPrefix(words) {
  let prefix = words[0]
  for (const w of words.slice(1)) {
    while (!w.startsWith(prefix)) prefix = prefix.slice(0, -1)
  }
  return prefix
}
