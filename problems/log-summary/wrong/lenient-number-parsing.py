# mistake: converts status and duration with int() / parseFloat and a try, so "+20", "5.5ms" and "-5ms" pass as numbers
def summarize_log(lines):
    summary = {'requests': 0, 'server_errors': 0, 'by_path': {}, 'slowest': None, 'malformed': 0}
    slowest_ms = None
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        try:
            if len(parts) != 5 or len(parts[3]) != 3 or not parts[4].endswith('ms'):
                raise ValueError(line)
            status, ms = int(parts[3]), float(parts[4][:-2])
        except ValueError:
            summary['malformed'] += 1
            continue
        path = parts[2]
        summary['requests'] += 1
        if status >= 500:
            summary['server_errors'] += 1
        summary['by_path'][path] = summary['by_path'].get(path, 0) + 1
        if slowest_ms is None or ms > slowest_ms:
            slowest_ms = ms
            summary['slowest'] = path
    return summary
