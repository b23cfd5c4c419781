# mistake: fixes the off-by-one with range(n), which counts 0 to n - 1: it starts with "FizzBuzz" for 0 and misses n
def fizzbuzz(n):
    out = []
    for i in range(n):
        if i % 15 == 0:
            out.append('FizzBuzz')
        elif i % 3 == 0:
            out.append('Fizz')
        elif i % 5 == 0:
            out.append('Buzz')
        else:
            out.append(str(i))
    return out
