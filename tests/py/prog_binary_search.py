# Binary search variants: exact, lower/upper bound, and search on answer.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo
data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
print([bsearch(data, x) for x in (1, 5, 34, 4, 0, 100)])
print([(x, lower_bound(data, x), upper_bound(data, x)) for x in (0, 3, 4, 21, 40)])
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print([isqrt(n) for n in (0, 1, 15, 16, 10 ** 20, 2 ** 127)])
def min_capacity(weights, days):
    lo, hi = max(weights), sum(weights)
    while lo < hi:
        cap = (lo + hi) // 2
        need, load = 1, 0
        for w in weights:
            if load + w > cap:
                need += 1
                load = 0
            load += w
        if need <= days:
            hi = cap
        else:
            lo = cap + 1
    return lo
print(min_capacity([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), min_capacity([3, 2, 2, 4, 1, 4], 3))
