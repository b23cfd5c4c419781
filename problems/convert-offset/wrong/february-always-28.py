# mistake: carries days over by hand with fixed month lengths, so February always has 28 days
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def offset_minutes(offset):
    sign = -1 if offset[0] == '-' else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def convert_time(local, from_offset, to_offset):
    date, time = local.split(' ')
    y, mo, d = map(int, date.split('-'))
    h, m = map(int, time.split(':'))
    total = h * 60 + m + offset_minutes(to_offset) - offset_minutes(from_offset)
    d += total // (24 * 60)
    total %= 24 * 60
    if d < 1:
        mo -= 1
        if mo < 1:
            y, mo = y - 1, 12
        d += DAYS[mo - 1]
    elif d > DAYS[mo - 1]:
        d -= DAYS[mo - 1]
        mo += 1
        if mo > 12:
            y, mo = y + 1, 1
    return '%04d-%02d-%02d %02d:%02d' % (y, mo, d, total // 60, total % 60)
