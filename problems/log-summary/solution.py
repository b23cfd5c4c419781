def summarize_log(lines):
    summary = {'requests': 0, 'server_errors': 0, 'by_path': {}, 'slowest': None, 'malformed': 0}
    slowest_ms = -1
    for line in lines:
        parts = line.split()
        if not parts:
            continue
        if (len(parts) != 5 or len(parts[3]) != 3 or not parts[3].isdigit()
                or not parts[4].endswith('ms') or not parts[4][:-2].isdigit()):
            summary['malformed'] += 1
            continue
        path, status, ms = parts[2], int(parts[3]), int(parts[4][:-2])
        summary['requests'] += 1
        if status >= 500:
            summary['server_errors'] += 1
        summary['by_path'][path] = summary['by_path'].get(path, 0) + 1
        if ms > slowest_ms:
            slowest_ms = ms
            summary['slowest'] = path
    return summary
