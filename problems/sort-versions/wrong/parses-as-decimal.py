# mistake: reads "major.minor" as a decimal number, so 1.10 == 1.1 < 1.9
def sort_versions(versions):
    def key(v):
        parts = v.split('.')
        return float(parts[0] + '.' + (parts[1] if len(parts) > 1 else '0'))
    return sorted(versions, key=key)
