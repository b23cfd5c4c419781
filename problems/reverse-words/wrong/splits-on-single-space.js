// mistake: splits on one space character, so repeated, leading and trailing spaces become empty words
function reverseWords(s) {
  return s.split(' ').reverse().join(' ')
}
