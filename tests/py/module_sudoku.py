"""Sudoku solver with constraint propagation and backtracking search.

Grids are parsed from 81-character strings ('.' or '0' for blanks).
Candidates are kept as 9-bit masks per cell.  The solver applies naked
singles and hidden singles, then searches on the cell with fewest
candidates.  Also includes validation, pretty printing, difficulty stats and
a generator-based enumeration of solutions for puzzles with several.
"""

ALL = 0x1FF
ROWS = [[r * 9 + c for c in range(9)] for r in range(9)]
COLS = [[r * 9 + c for r in range(9)] for c in range(9)]
BOXES = [[(br * 3 + r) * 9 + bc * 3 + c for r in range(3) for c in range(3)] for br in range(3) for bc in range(3)]
UNITS = ROWS + COLS + BOXES
PEERS = []
for _cell in range(81):
    _p = set()
    for _u in UNITS:
        if _cell in _u:
            _p.update(_u)
    _p.discard(_cell)
    PEERS.append(sorted(_p))

POPCOUNT = [bin(m).count('1') for m in range(512)]


def bit(d):
    return 1 << (d - 1)


def digits_of(mask):
    return [d for d in range(1, 10) if mask & bit(d)]


class Contradiction(Exception):
    pass


class PuzzleError(ValueError):
    pass


def parse(text):
    chars = [c for c in text if c in '0123456789.']
    if len(chars) != 81:
        raise PuzzleError('expected 81 cells, got %d' % len(chars))
    return [0 if c in '.0' else int(c) for c in chars]


def fmt(grid):
    lines = []
    for r in range(9):
        row = ''
        for c in range(9):
            v = grid[r * 9 + c]
            row += (str(v) if v else '.') + (' ' if c % 3 != 2 else (' | ' if c < 8 else ''))
        lines.append(row.rstrip())
        if r in (2, 5):
            lines.append('------+-------+------')
    return '\n'.join(lines)


def is_valid(grid):
    for u in UNITS:
        vals = [grid[i] for i in u if grid[i]]
        if len(vals) != len(set(vals)):
            return False
    return True


def is_solved(grid):
    return all(grid) and is_valid(grid)


class Solver:
    def __init__(self, grid):
        self.stats = {'assign': 0, 'naked': 0, 'hidden': 0, 'guesses': 0, 'backtracks': 0}
        self.cand = [ALL] * 81
        for i, v in enumerate(grid):
            if v:
                if not self.cand[i] & bit(v):
                    raise PuzzleError('conflicting given at cell %d' % i)
                self.assign(self.cand, i, v)

    def assign(self, cand, cell, d):
        self.stats['assign'] += 1
        others = cand[cell] & ~bit(d)
        cand[cell] = bit(d)
        if others:
            for peer in PEERS[cell]:
                self.eliminate(cand, peer, d)

    def eliminate(self, cand, cell, d):
        b = bit(d)
        if not cand[cell] & b:
            return
        cand[cell] &= ~b
        m = cand[cell]
        if m == 0:
            raise Contradiction('cell %d has no candidates' % cell)
        if POPCOUNT[m] == 1:
            self.stats['naked'] += 1
            only = digits_of(m)[0]
            for peer in PEERS[cell]:
                self.eliminate(cand, peer, only)

    def hidden_singles(self, cand):
        changed = True
        while changed:
            changed = False
            for u in UNITS:
                for d in range(1, 10):
                    b = bit(d)
                    places = [i for i in u if cand[i] & b]
                    if not places:
                        raise Contradiction('digit %d has no place' % d)
                    if len(places) == 1 and cand[places[0]] != b:
                        self.stats['hidden'] += 1
                        self.assign(cand, places[0], d)
                        changed = True

    def search(self, cand):
        self.hidden_singles(cand)
        best = None
        best_count = 10
        for i in range(81):
            n = POPCOUNT[cand[i]]
            if 1 < n < best_count:
                best, best_count = i, n
                if n == 2:
                    break
        if best is None:
            yield [digits_of(m)[0] for m in cand]
            return
        for d in digits_of(cand[best]):
            self.stats['guesses'] += 1
            trial = list(cand)
            try:
                self.assign(trial, best, d)
                for sol in self.search(trial):
                    yield sol
            except Contradiction:
                self.stats['backtracks'] += 1

    def solutions(self, limit=None):
        count = 0
        for sol in self.search(list(self.cand)):
            yield sol
            count += 1
            if limit is not None and count >= limit:
                return


def solve(text):
    try:
        grid = parse(text)
        solver = Solver(grid)
        for sol in solver.solutions(limit=1):
            return sol, solver.stats
        return None, solver.stats
    except (Contradiction, PuzzleError) as e:
        return None, {'error': str(e)}


def count_solutions(text, limit):
    solver = Solver(parse(text))
    return sum(1 for _ in solver.solutions(limit=limit))


def difficulty(stats):
    if stats.get('guesses', 0) == 0 and stats.get('hidden', 0) == 0:
        return 'easy'
    if stats.get('guesses', 0) == 0:
        return 'medium'
    if stats['guesses'] < 20:
        return 'hard'
    return 'fiendish'


def transpose(grid):
    return [grid[c * 9 + r] for r in range(9) for c in range(9)]


def rotate(grid):
    """Rotate the grid 90 degrees clockwise."""
    return [grid[(8 - c) * 9 + r] for r in range(9) for c in range(9)]


def relabel(grid, perm):
    """Apply a digit permutation given as a 9-character string."""
    mapping = {i + 1: int(perm[i]) for i in range(9)}
    return [mapping[v] if v else 0 for v in grid]


def swap_bands(grid, a, b):
    rows = [grid[r * 9:(r + 1) * 9] for r in range(9)]
    for k in range(3):
        rows[a * 3 + k], rows[b * 3 + k] = rows[b * 3 + k], rows[a * 3 + k]
    out = []
    for r in rows:
        out.extend(r)
    return out


def canonical_key(grid):
    """A cheap invariant: sorted multiset of row digit-sums per band."""
    bands = []
    for b in range(3):
        sums = sorted(sum(grid[(b * 3 + r) * 9 + c] for c in range(9)) for r in range(3))
        bands.append(tuple(sums))
    return tuple(sorted(bands))


def candidate_report(text):
    solver = Solver(parse(text))
    counts = [0] * 10
    for m in solver.cand:
        counts[POPCOUNT[m]] += 1
    return counts


def basic_candidates(grid):
    """Candidates from direct peer elimination only (no propagation)."""
    cand = []
    for i in range(81):
        if grid[i]:
            cand.append(bit(grid[i]))
            continue
        m = ALL
        for p in PEERS[i]:
            if grid[p]:
                m &= ~bit(grid[p])
        cand.append(m)
    return cand


def hints(grid, count):
    """Produce human-style hints by repeatedly placing naked or hidden singles."""
    grid = list(grid)
    out = []
    while len(out) < count:
        cand = basic_candidates(grid)
        found = None
        for i in range(81):
            if not grid[i] and POPCOUNT[cand[i]] == 1:
                found = (i, digits_of(cand[i])[0], 'naked single')
                break
        if found is None:
            for kind, units in (('row', ROWS), ('column', COLS), ('box', BOXES)):
                for n, u in enumerate(units):
                    for d in range(1, 10):
                        places = [i for i in u if not grid[i] and cand[i] & bit(d)]
                        if len(places) == 1 and found is None:
                            found = (places[0], d, 'hidden single in %s %d' % (kind, n + 1))
        if found is None:
            out.append('no simple hint')
            break
        i, d, why = found
        grid[i] = d
        out.append('r%dc%d=%d (%s)' % (i // 9 + 1, i % 9 + 1, d, why))
    return out


PUZZLES = {
    'easy': '003020600900305001001806400008102900700000008006708200002609500800203009005010300',
    'medium': '4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......',
    'hidden': '..3.2.6..9..3.5..1..18.64....81.29..7.......8..67.82....26.95..8..2.3..9..5.1.3..',
}


def self_test():
    for name in sorted(PUZZLES):
        sol, stats = solve(PUZZLES[name])
        print('puzzle', name, 'solved', sol is not None and is_solved(sol), 'difficulty', difficulty(stats))
        print(''.join(str(v) for v in sol))
        print('givens preserved', all(g == 0 or g == s for g, s in zip(parse(PUZZLES[name]), sol)))
    print(fmt(solve(PUZZLES['easy'])[0]))
    print(fmt(parse(PUZZLES['medium'])))
    sol, _ = solve(PUZZLES['easy'])
    broken = list(sol)
    broken[0], broken[1] = broken[1], broken[0]
    print('valid', is_valid(sol), is_valid(broken), is_solved(broken))
    two = list(sol)
    blanks = []
    for r1 in range(9):
        for c1 in range(9):
            for c2 in range(c1 + 1, 9):
                for r2 in range(r1 + 1, 9):
                    a, b = r1 * 9 + c1, r1 * 9 + c2
                    c, d = r2 * 9 + c1, r2 * 9 + c2
                    if sol[a] == sol[d] and sol[b] == sol[c] and not blanks and r1 // 3 == r2 // 3:
                        blanks = [a, b, c, d]
    for i in blanks:
        two[i] = 0
    text = ''.join(str(v) for v in two)
    print('deadly pattern cells', blanks, 'solutions', count_solutions(text, 5))
    empty_row = '.' * 9 + PUZZLES['easy'][9:]
    print('empty first row solutions', count_solutions(empty_row, 10))
    for bad in ['123', '11' + '.' * 79]:
        try:
            Solver(parse(bad))
        except PuzzleError as e:
            print('PuzzleError:', e)
    impossible = '12345678.' + '........9' + '.' * 63
    print('impossible', solve(impossible)[0], sorted(solve(impossible)[1]))
    print('peers of 0', PEERS[0][:8], len(PEERS[40]), digits_of(0b101010101))
    variants = [transpose(sol), rotate(sol), relabel(sol, '987654321'), swap_bands(sol, 0, 2),
                rotate(rotate(rotate(rotate(sol))))]
    print('transforms valid', [is_solved(v) for v in variants], variants[4] == sol)
    print('rotated first row', variants[1][:9], 'relabelled first row', variants[2][:9])
    puzzle_t = transpose(parse(PUZZLES['medium']))
    sol_t, stats_t = solve(''.join(str(v) for v in puzzle_t))
    print('transposed medium solves to transpose', sol_t == transpose(solve(PUZZLES['medium'])[0]))
    print('canonical', canonical_key(sol) == canonical_key(swap_bands(sol, 0, 1)))
    for h in hints(parse(PUZZLES['hidden']), 4):
        print('hint', h)
    print('medium hints', hints(parse(PUZZLES['medium']), 2))
    print('candidate histogram easy', candidate_report(PUZZLES['easy']))
    print('candidate histogram medium', candidate_report(PUZZLES['medium']))


self_test()
