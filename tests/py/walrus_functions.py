# Walrus operator inside functions: comprehension scoping binds in the enclosing function.
def find_first_long(words, n):
    if any(len(found := w) > n for w in words):
        return found
    return None
print(find_first_long(['a', 'abcd', 'xyz', 'abcdef'], 3), find_first_long(['a'], 3))
def group_runs(values):
    runs = []
    run = []
    for v in values:
        if run and (last := run[-1]) + 1 != v:
            runs.append((run[0], last))
            run = []
        run.append(v)
    if run:
        runs.append((run[0], run[-1]))
    return runs
print(group_runs([1, 2, 3, 7, 8, 10, 11, 12, 20]))
def stats(values):
    return [(n := len(values)), (s := sum(values)), s / n if n else 0]
print(stats([2, 4, 9]), stats([]) if False else 'skip')
def read_tokens(text):
    tokens = []
    i = 0
    while (j := text.find(' ', i)) != -1:
        if j > i:
            tokens.append(text[i:j])
        i = j + 1
    if (tail := text[i:]):
        tokens.append(tail)
    return tokens
print(read_tokens('  split  these words '), read_tokens('one'))
def filtered_squares(limit):
    return [sq for x in range(limit) if (sq := x * x) % 3 == 1], sq
print(filtered_squares(10))
