# mistake: writes a leaf only when it is truthy, losing 0, "", false and null
def flatten_json(record):
    out = {}

    def walk(value, path):
        if isinstance(value, dict) and value:
            for key, child in value.items():
                walk(child, path + [key])
        elif isinstance(value, list) and value:
            for i, child in enumerate(value):
                walk(child, path + [str(i)])
        elif value or value == [] or value == {}:
            out['.'.join(path)] = value

    for key, value in record.items():
        walk(value, [key])
    return out
