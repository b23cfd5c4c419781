// mistake: fixes the off-by-one by starting at 0, which counts 0 to n - 1: it starts with "FizzBuzz" for 0 and misses n
function fizzbuzz(n) {
  const out = []
  for (let i = 0; i < n; i++) {
    if (i % 15 === 0) out.push('FizzBuzz')
    else if (i % 3 === 0) out.push('Fizz')
    else if (i % 5 === 0) out.push('Buzz')
    else out.push(String(i))
  }
  return out
}
