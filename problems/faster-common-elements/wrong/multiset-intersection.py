# mistake: intersects the counts (Counter &), so a value repeated in both lists is returned as often as it repeats
from collections import Counter


def common_values(a, b):
    return sorted((Counter(a) & Counter(b)).elements())
