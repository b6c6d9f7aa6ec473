# Word frequency analysis with normalisation and ranked output.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
def words(text):
    cur = []
    for ch in text.lower():
        if 'a' <= ch <= 'z' or ch == "'":
            cur.append(ch)
        elif cur:
            yield ''.join(cur)
            cur = []
    if cur:
        yield ''.join(cur)
counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for w, c in ranked[:8]:
    print('%-8s %2d %s' % (w, c, '*' * c))
print(len(counts), sum(counts.values()))
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for ln in sorted(lengths):
    print(ln, sorted(lengths[ln]))
bigrams = {}
ws = list(words(TEXT))
for a, b in zip(ws, ws[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
