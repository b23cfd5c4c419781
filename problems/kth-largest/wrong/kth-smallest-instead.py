# mistake: pops k - 1 times from heapq's min-heap, which yields the k-th smallest, not the k-th largest
import heapq


def kth_largest(nums, k):
    heap = list(nums)
    heapq.heapify(heap)
    for _ in range(k - 1):
        heapq.heappop(heap)
    return heap[0]
