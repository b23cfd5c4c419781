const latenciesMs = [5, 25, 100, 1, 40]
latenciesMs.sort()
console.log(latenciesMs[0], latenciesMs[latenciesMs.length - 1])
