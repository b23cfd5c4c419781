// mistake: trims the ends but still splits on a single space, so spaces between words survive as empty words
function reverseWords(s) {
  return s.trim().split(' ').reverse().join(' ')
}
