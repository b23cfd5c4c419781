def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags


print(add_tag("urgent"))
print(add_tag("billing"))
print(add_tag("vip", ["new"]))
print(add_tag("late"))
