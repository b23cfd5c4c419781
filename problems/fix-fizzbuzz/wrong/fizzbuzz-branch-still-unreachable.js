// mistake: half-fix: fixes the range and the strings, but the multiple-of-15 check still comes after the multiple-of-3 one
function fizzbuzz(n) {
  const out = []
  for (let i = 1; i <= n; i++) {
    if (i % 3 === 0) out.push('Fizz')
    else if (i % 5 === 0) out.push('Buzz')
    else if (i % 15 === 0) out.push('FizzBuzz')
    else out.push(String(i))
  }
  return out
}
