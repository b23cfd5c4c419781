// mistake: cleans the string with the \W class, which keeps the underscore as if it were a letter
function isPalindrome(s) {
  const cleaned = s.replace(/\W/g, '').toLowerCase()
  return cleaned === [...cleaned].reverse().join('')
}
