# mistake: splits into lines and then at commas, ignoring quotes entirely
def parse_csv(text):
    if text == '':
        return []
    lines = text.replace('\r\n', '\n').split('\n')
    if lines[-1] == '':
        lines.pop()
    return [line.split(',') for line in lines]
