# mistake: takes the middle of the values in arrival order, never sorting them
class MedianTracker:
    def __init__(self):
        self.values = []

    def add(self, num):
        self.values.append(num)

    def median(self):
        n = len(self.values)
        mid = n // 2
        return self.values[mid] if n % 2 else (self.values[mid - 1] + self.values[mid]) / 2
