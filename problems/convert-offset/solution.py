from datetime import datetime, timedelta


def offset_minutes(offset):
    sign = -1 if offset[0] == '-' else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def convert_time(local, from_offset, to_offset):
    wall = datetime.strptime(local, '%Y-%m-%d %H:%M')
    shift = offset_minutes(to_offset) - offset_minutes(from_offset)
    return (wall + timedelta(minutes=shift)).strftime('%Y-%m-%d %H:%M')
