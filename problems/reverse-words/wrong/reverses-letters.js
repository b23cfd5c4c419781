// mistake: reverses the letters of each word instead of the order of the words
function reverseWords(s) {
  return s.split(/\s+/).filter(Boolean).map((w) => [...w].reverse().join('')).join(' ')
}
