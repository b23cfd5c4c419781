# mistake: trims the min-heap as soon as it holds k values, so it keeps only the k - 1 largest
import heapq


def kth_largest(nums, k):
    heap = []
    for x in nums:
        heapq.heappush(heap, x)
        if len(heap) >= k and len(heap) > 1:
            heapq.heappop(heap)
    return heap[0]
