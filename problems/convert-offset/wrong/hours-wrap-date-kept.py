# mistake: wraps the time around midnight but never changes the date
def offset_minutes(offset):
    sign = -1 if offset[0] == '-' else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def convert_time(local, from_offset, to_offset):
    date, time = local.split(' ')
    h, m = map(int, time.split(':'))
    total = (h * 60 + m + offset_minutes(to_offset) - offset_minutes(from_offset)) % (24 * 60)
    return '%s %02d:%02d' % (date, total // 60, total % 60)
