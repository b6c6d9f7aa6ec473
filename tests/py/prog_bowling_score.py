# Ten-pin bowling scorer with frame-by-frame totals and validation.
class BowlingError(ValueError):
    pass
def score(rolls):
    frames = []
    i = 0
    total = 0
    for frame in range(10):
        if i >= len(rolls):
            raise BowlingError('incomplete game')
        if rolls[i] == 10:
            if i + 2 >= len(rolls):
                raise BowlingError('strike bonus missing')
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        else:
            if i + 1 >= len(rolls):
                raise BowlingError('incomplete frame')
            pins = rolls[i] + rolls[i + 1]
            if pins > 10:
                raise BowlingError('too many pins in frame %d' % (frame + 1))
            if pins == 10:
                if i + 2 >= len(rolls):
                    raise BowlingError('spare bonus missing')
                total += 10 + rolls[i + 2]
            else:
                total += pins
            i += 2
        frames.append(total)
    extra = len(rolls) - i
    last_strike = rolls[i - 1] == 10
    allowed = 2 if last_strike else (1 if sum(rolls[i - 2:i]) == 10 else 0)
    if extra > allowed:
        raise BowlingError('too many rolls')
    return frames
games = {
    'gutter': [0] * 20,
    'all ones': [1] * 20,
    'one spare': [5, 5, 3] + [0] * 17,
    'one strike': [10, 3, 4] + [0] * 16,
    'perfect': [10] * 12,
    'all spares': [5] * 21,
    'mixed': [10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1],
    'bad pins': [7, 7] + [0] * 18,
    'short': [10, 10],
    'extra': [0] * 20 + [3],
}
for name in sorted(games):
    try:
        frames = score(games[name])
        print('%-10s %3d %s' % (name, frames[-1], frames))
    except BowlingError as e:
        print('%-10s BowlingError: %s' % (name, e))
