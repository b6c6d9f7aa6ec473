# Huffman compression: build a code table, encode and decode a message.
def build_tree(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(f, ch, ch) for ch, f in freq.items()]
    counter = 0
    while len(nodes) > 1:
        nodes.sort(key=lambda n: (n[0], n[1]))
        a = nodes.pop(0)
        b = nodes.pop(0)
        counter += 1
        nodes.append((a[0] + b[0], '~%03d' % counter, (a[2], b[2])))
    return nodes[0][2], freq
def codes(tree, prefix='', table=None):
    if table is None:
        table = {}
    if isinstance(tree, str):
        table[tree] = prefix or '0'
    else:
        codes(tree[0], prefix + '0', table)
        codes(tree[1], prefix + '1', table)
    return table
def decode(tree, bits):
    out = []
    node = tree
    for b in bits:
        node = node[0] if b == '0' else node[1]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return ''.join(out)
text = 'this is an example of a huffman tree built in micropython'
tree, freq = build_tree(text)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c)):
    print(repr(ch), freq[ch], table[ch])
bits = ''.join(table[c] for c in text)
print(len(bits), 'bits vs', 8 * len(text), 'bits raw')
print(decode(tree, bits) == text, bits[:48])
