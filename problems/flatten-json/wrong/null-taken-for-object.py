# mistake: takes anything that is not a number, string or boolean for a container, so null is walked into and crashes
def flatten_json(record):
    out = {}

    def walk(value, path):
        if isinstance(value, (str, int, float, bool)) or value == {} or value == []:
            out['.'.join(path)] = value
        elif isinstance(value, list):
            for i, child in enumerate(value):
                walk(child, path + [str(i)])
        else:
            for key, child in value.items():
                walk(child, path + [key])

    for key, value in record.items():
        walk(value, [key])
    return out
