# mistake: returns the upper middle value when the count is even instead of averaging the two middles
import heapq


class MedianTracker:
    def __init__(self):
        self.low = []   # max-heap of the smaller half, negated
        self.high = []  # min-heap of the larger half

    def add(self, num):
        heapq.heappush(self.low, -num)
        heapq.heappush(self.high, -heapq.heappop(self.low))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return self.high[0]
