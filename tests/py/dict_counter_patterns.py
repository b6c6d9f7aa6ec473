# Counting patterns with dicts: get, setdefault, comprehension, manual most_common.
text = 'abracadabra alakazam'
c1 = {}
for ch in text:
    c1[ch] = c1.get(ch, 0) + 1
c2 = {}
for ch in text:
    c2.setdefault(ch, 0)
    c2[ch] += 1
c3 = {ch: text.count(ch) for ch in set(text)}
c4 = {}
for ch in text:
    if ch in c4:
        c4[ch] += 1
    else:
        c4[ch] = 1
c5 = {}
for ch in text:
    try:
        c5[ch] += 1
    except KeyError:
        c5[ch] = 1
print(c1 == c2 == c3 == c4 == c5)
def most_common(counts, n):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
print(most_common(c1, 3))
def subtract(a, b):
    return {k: a.get(k, 0) - b.get(k, 0) for k in set(a) | set(b) if a.get(k, 0) - b.get(k, 0)}
print(sorted(subtract(c1, {'a': 5, 'b': 2, 'z': 1}).items()))
def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(''.join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)
print(anagrams(['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'dog']))
votes = ['b', 'a', 'c', 'b', 'a', 'b']
tally = {}
for v in votes:
    tally[v] = tally.get(v, 0) + 1
winner = max(tally, key=lambda k: (tally[k], k))
print(sorted(tally.items()), winner)
