# Run-length encoding on strings and bytes, plus LZ-style back-references.
def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i] and j - i < 9:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)
def rle_decode(s):
    return ''.join(s[i + 1] * int(s[i]) for i in range(0, len(s), 2))
for s in ['', 'a', 'aaabccdddd', 'wwwwwwwwwwwwbbb', 'abc', 'zzzzzzzzzzzzzzzzzzzzz']:
    e = rle_encode(s)
    print(repr(s), repr(e), rle_decode(e) == s)
def lz_compress(data, window=32):
    out = []
    i = 0
    while i < len(data):
        best_len = 0
        best_off = 0
        for j in range(max(0, i - window), i):
            k = 0
            while i + k < len(data) and data[j + k] == data[i + k] and k < 15:
                k += 1
            if k > best_len:
                best_len, best_off = k, i - j
        if best_len >= 3:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(data[i])
            i += 1
    return out
def lz_decompress(tokens):
    out = []
    for t in tokens:
        if isinstance(t, tuple):
            off, ln = t
            for _ in range(ln):
                out.append(out[-off])
        else:
            out.append(t)
    return ''.join(out)
text = 'abcabcabcabcXYZabcabc--abcabcabcabcabc'
toks = lz_compress(text)
print(toks)
print(lz_decompress(toks) == text, len(toks), len(text))
