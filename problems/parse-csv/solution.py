def parse_csv(text):
    rows, row, field = [], [], []
    fresh = True  # nothing of the current field has been read yet
    quoted = False
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if quoted:
            if c == '"' and text[i + 1:i + 2] == '"':
                field.append('"')
                i += 1
            elif c == '"':
                quoted = False
            else:
                field.append(c)
        elif c == '"' and fresh:
            quoted, fresh = True, False
        elif c == ',':
            row.append(''.join(field))
            field, fresh = [], True
        elif c == '\n' or c == '\r':
            if c == '\r':
                i += 1  # the \n of \r\n
            row.append(''.join(field))
            rows.append(row)
            row, field, fresh = [], [], True
        else:
            field.append(c)
            fresh = False
        i += 1
    if row or field or not fresh:
        row.append(''.join(field))
        rows.append(row)
    return rows
