# Walrus in loops and comprehension filters for reading chunks and caching work.
text = 'alpha beta gamma delta epsilon'
pos = 0
words = []
while (space := text.find(' ', pos)) != -1:
    words.append(text[pos:space])
    pos = space + 1
words.append(text[pos:])
print(words)
calls = 0
def costly(x):
    global calls
    calls += 1
    return x * x - 10
kept = [r for x in range(8) if (r := costly(x)) > 0]
print(kept, calls)
buf = b'0123456789abcdef'
chunks = []
i = 0
while chunk := buf[i:i + 5]:
    chunks.append(chunk)
    i += 5
print(chunks)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = (c := counts.get(w, 0)) + 1
print(sorted(counts.items()), c)
print([(x, sq) for x in range(6) if (sq := x * x) % 2 == 0])
