# Interval problems: merging, insertion, intersection and meeting-room counting.
def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(x) for x in out]
def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out
def rooms_needed(meetings):
    events = sorted([(s, 1) for s, e in meetings] + [(e, -1) for s, e in meetings])
    cur = best = 0
    for _, d in events:
        cur += d
        best = max(best, cur)
    return best
def free_slots(busy, day_start, day_end):
    out = []
    t = day_start
    for s, e in merge(busy):
        if s > t:
            out.append((t, s))
        t = max(t, e)
    if t < day_end:
        out.append((t, day_end))
    return out
print(merge([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 12)]))
print(merge([]), merge([(5, 5)]), merge([(1, 4), (4, 5)]))
print(intersect([(0, 2), (5, 10), (13, 23), (24, 25)], [(1, 5), (8, 12), (15, 24), (25, 26)]))
print(rooms_needed([(0, 30), (5, 10), (15, 20), (10, 15), (25, 35)]))
print(free_slots([(9, 10), (12, 13), (9.5, 11), (16, 18)], 8, 18))
