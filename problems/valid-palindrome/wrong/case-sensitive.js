// mistake: compares characters without ignoring case
function isPalindrome(s) {
  const ok = (c) => /[a-z0-9]/i.test(c)
  let i = 0
  let j = s.length - 1
  while (i < j) {
    if (!ok(s[i])) i++
    else if (!ok(s[j])) j--
    else if (s[i] !== s[j]) return false
    else {
      i++
      j--
    }
  }
  return true
}
