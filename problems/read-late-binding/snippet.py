levels = ["info", "warn", "error"]
handlers = []
for level in levels:
    handlers.append(lambda: level)

print([h() for h in handlers])
