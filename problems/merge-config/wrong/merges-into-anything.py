# mistake: recurses whenever the override value is an object, without checking that the base holds an object there too
def merge_config(base, override):
    result = dict(base)
    for key, value in override.items():
        if value is None:
            result.pop(key, None)
        elif isinstance(value, dict):
            result[key] = merge_config(result.get(key, {}), value)
        else:
            result[key] = value
    return result
