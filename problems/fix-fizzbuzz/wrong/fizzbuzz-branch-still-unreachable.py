# mistake: half-fix: fixes the range and the strings, but the multiple-of-15 check still comes after the multiple-of-3 one
def fizzbuzz(n):
    out = []
    for i in range(1, n + 1):
        if i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        elif i % 15 == 0:
            out.append('FizzBuzz')
        else:
            out.append(str(i))
    return out
