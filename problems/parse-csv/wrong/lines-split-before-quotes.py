# mistake: splits the text into lines before reading quotes, so a line break inside a quoted field starts a new record
def parse_line(line):
    fields, field, quoted, fresh, i = [], [], False, True, 0
    while i < len(line):
        c = line[i]
        if quoted:
            if c == '"' and line[i + 1:i + 2] == '"':
                field.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                field.append(c)
        elif c == '"' and fresh:
            quoted, fresh = True, False
        elif c == ',':
            fields.append(''.join(field))
            field, fresh = [], True
        else:
            field.append(c)
            fresh = False
        i += 1
    fields.append(''.join(field))
    return fields


def parse_csv(text):
    if text == '':
        return []
    lines = text.replace('\r\n', '\n').split('\n')
    if lines[-1] == '':
        lines.pop()
    return [parse_line(line) for line in lines]
