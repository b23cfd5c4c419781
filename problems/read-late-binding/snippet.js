var levels = ['info', 'warn', 'error']
var handlers = []
for (var level of levels) {
  handlers.push(() => level)
}

console.log(handlers.map((h) => h()))
