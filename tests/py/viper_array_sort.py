# Sorting and searching arrays in place with viper pointer access.
import micropython
import array

@micropython.viper
def insertion_sort(a, n: int):
    p = ptr32(a)
    for i in range(1, n):
        key = p[i]
        j = i - 1
        while j >= 0 and p[j] > key:
            p[j + 1] = p[j]
            j -= 1
        p[j + 1] = key

@micropython.viper
def bsearch(a, n: int, x: int) -> int:
    p = ptr32(a)
    lo = 0
    hi = n - 1
    while lo <= hi:
        mid = (lo + hi) >> 1
        v = p[mid]
        if v == x:
            return mid
        if v < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

@micropython.viper
def sort_bytes(buf, n: int):
    p = ptr8(buf)
    counts = bytearray(256)
    c = ptr8(counts)
    for i in range(n):
        c[p[i]] += 1
    k = 0
    for v in range(256):
        for _ in range(c[v]):
            p[k] = v
            k += 1

# Values are kept non-negative: ptr32 loads are unsigned words, so signed comparisons of
# negative elements would depend on the machine word size.
a = array.array('i', [34, 7, 23, 32, 5, 62, 32000, 0, 15])
insertion_sort(a, len(a))
print(a)
print([bsearch(a, len(a), x) for x in (0, 5, 62, 1, 32000, 100)])
b = bytearray(b'micropython viper')
sort_bytes(b, len(b))
print(b)
