"""A tiny text adventure engine driven by a scripted list of commands.

Rooms, exits, items, containers, locked doors, an inventory with a weight
limit, a simple parser with synonyms, scoring and a win condition.  The game
is played by a fixed script so output is deterministic.
"""


class GameError(Exception):
    pass


class Item:
    def __init__(self, name, weight=1, desc='', portable=True, points=0):
        self.name = name
        self.weight = weight
        self.desc = desc or 'a ' + name
        self.portable = portable
        self.points = points
        self.contents = None

    def __repr__(self):
        return 'Item(%s)' % self.name


class Container(Item):
    def __init__(self, name, capacity, **kw):
        Item.__init__(self, name, **kw)
        self.contents = []
        self.capacity = capacity
        self.open = False

    def load(self):
        return sum(i.weight for i in self.contents)


class Room:
    def __init__(self, name, desc, dark=False):
        self.name = name
        self.desc = desc
        self.exits = {}
        self.locked = {}
        self.items = []
        self.dark = dark
        self.visited = False

    def connect(self, direction, other, back=None, locked_by=None):
        self.exits[direction] = other
        if locked_by:
            self.locked[direction] = locked_by
        if back:
            other.exits[back] = self

    def find(self, name):
        for i in self.items:
            if i.name == name:
                return i
        return None


SYNONYMS = {
    'n': 'north', 's': 'south', 'e': 'east', 'w': 'west', 'u': 'up', 'd': 'down',
    'get': 'take', 'grab': 'take', 'pick': 'take', 'l': 'look', 'i': 'inventory',
    'inv': 'inventory', 'x': 'examine', 'inspect': 'examine',
}
DIRECTIONS = ('north', 'south', 'east', 'west', 'up', 'down')
FILLER = ('the', 'a', 'an', 'up', 'at', 'to')


class Game:
    MAX_WEIGHT = 10

    def __init__(self):
        self.rooms = {}
        self.inventory = []
        self.score = 0
        self.moves = 0
        self.output = []
        self.finished = False
        self.flags = set()
        self.build()

    def say(self, text):
        self.output.append(text)

    def build(self):
        hall = self.room('hall', 'A dusty entrance hall. Stairs lead up.')
        library = self.room('library', 'Shelves of mouldy books line the walls.')
        kitchen = self.room('kitchen', 'A cold kitchen smelling of old soup.')
        cellar = self.room('cellar', 'A damp cellar.', dark=True)
        attic = self.room('attic', 'A cramped attic under the roof.')
        vault = self.room('vault', 'A small vault glittering with gold.')
        hall.connect('east', library, 'west')
        hall.connect('west', kitchen, 'east')
        hall.connect('up', attic, 'down')
        kitchen.connect('down', cellar, 'up')
        cellar.connect('north', vault, 'south', locked_by='brass key')
        lamp = Item('lamp', 2, 'an oil lamp, full of oil')
        chest = Container('chest', 5, weight=20, portable=False, desc='a heavy oak chest')
        chest.contents.append(Item('brass key', 1, 'a small brass key'))
        library.items.append(Item('book', 3, 'a book titled "Secret Passages"', points=5))
        library.items.append(Item('anvil', 50, 'a very heavy anvil'))
        kitchen.items.append(lamp)
        attic.items.append(chest)
        vault.items.append(Item('crown', 4, 'a jewelled crown', points=50))
        cellar.items.append(Item('rope', 2))
        self.location = hall

    def room(self, name, desc, dark=False):
        r = Room(name, desc, dark)
        self.rooms[name] = r
        return r

    def lit(self):
        return not self.location.dark or self.holding('lamp')

    def holding(self, name):
        for i in self.inventory:
            if i.name == name:
                return i
        return None

    def weight(self):
        return sum(i.weight for i in self.inventory)

    def describe(self):
        r = self.location
        if not self.lit():
            self.say('It is pitch dark. You might be eaten by something.')
            return
        self.say('== %s ==' % r.name.upper())
        self.say(r.desc)
        if r.items:
            self.say('You see: ' + ', '.join(i.desc for i in r.items))
        exits = [d for d in DIRECTIONS if d in r.exits]
        self.say('Exits: ' + ' '.join(exits))

    def parse(self, line):
        words = [w for w in line.lower().split() if w not in FILLER or w == 'up' and len(line.split()) == 1]
        words = [SYNONYMS.get(w, w) for w in words]
        if not words:
            raise GameError('Say something.')
        verb, rest = words[0], words[1:]
        if verb in DIRECTIONS:
            return 'go', verb
        if verb == 'go' and rest:
            return 'go', rest[0]
        obj = ' '.join(rest)
        return verb, obj

    def do(self, line):
        self.moves += 1
        self.say('> ' + line)
        try:
            verb, obj = self.parse(line)
            handler = getattr(self, 'cmd_' + verb, None)
            if handler is None:
                raise GameError("I don't know how to '%s'." % verb)
            handler(obj)
        except GameError as e:
            self.say(str(e))

    def cmd_look(self, obj):
        self.describe()

    def cmd_go(self, direction):
        r = self.location
        if direction not in r.exits:
            raise GameError("You can't go %s." % direction)
        if direction in r.locked:
            raise GameError('The way %s is locked.' % direction)
        if r.dark and not self.lit() and direction != 'up':
            raise GameError('You stumble around in the dark.')
        self.location = r.exits[direction]
        first = not self.location.visited
        self.location.visited = True
        if first:
            self.score += 1
        self.describe()

    def cmd_take(self, name):
        if not self.lit():
            raise GameError('You fumble in the dark.')
        item = self.location.find(name)
        source = self.location.items
        if item is None:
            for c in self.location.items:
                if c.contents is not None and c.open:
                    for inner in c.contents:
                        if inner.name == name:
                            item, source = inner, c.contents
        if item is None:
            raise GameError('There is no %s here.' % name)
        if not item.portable:
            raise GameError('The %s is far too heavy to move.' % name)
        if self.weight() + item.weight > self.MAX_WEIGHT:
            raise GameError('You are carrying too much to take the %s.' % name)
        source.remove(item)
        self.inventory.append(item)
        if item.points and item.name not in self.flags:
            self.flags.add(item.name)
            self.score += item.points
        self.say('Taken: %s.' % name)

    def cmd_drop(self, name):
        item = self.holding(name)
        if item is None:
            raise GameError("You don't have a %s." % name)
        self.inventory.remove(item)
        self.location.items.append(item)
        self.say('Dropped: %s.' % name)

    def cmd_open(self, name):
        c = self.location.find(name)
        if c is None or c.contents is None:
            raise GameError("You can't open that.")
        if c.open:
            raise GameError('It is already open.')
        c.open = True
        inside = ', '.join(i.name for i in c.contents) or 'nothing'
        self.say('You open the %s. Inside: %s.' % (name, inside))

    def cmd_unlock(self, direction):
        r = self.location
        if direction not in r.locked:
            raise GameError('Nothing to unlock there.')
        key = r.locked[direction]
        if not self.holding(key):
            raise GameError('You need the %s.' % key)
        del r.locked[direction]
        self.score += 10
        self.say('Unlocked the way %s with the %s.' % (direction, key))

    def cmd_examine(self, name):
        item = self.holding(name) or self.location.find(name)
        if item is None:
            raise GameError('You see no %s.' % name)
        self.say('It is %s (weight %d).' % (item.desc, item.weight))

    def cmd_inventory(self, obj):
        if not self.inventory:
            self.say('You are empty-handed.')
        else:
            names = sorted(i.name for i in self.inventory)
            self.say('You carry: %s (weight %d/%d).' % (', '.join(names), self.weight(), self.MAX_WEIGHT))

    def cmd_score(self, obj):
        self.say('Score: %d in %d moves.' % (self.score, self.moves))

    def cmd_quit(self, obj):
        self.finished = True
        self.say('Bye.')

    def check_win(self):
        if self.holding('crown') and self.location.name == 'hall' and not self.finished:
            self.score += 25
            self.finished = True
            self.say('*** You escape with the crown! Final score %d in %d moves. ***' % (self.score, self.moves))


def shortest_path(game, start, goal):
    """Breadth-first search over room exits, ignoring locks."""
    frontier = [(start, [start])]
    seen = {start}
    while frontier:
        name, path = frontier.pop(0)
        if name == goal:
            return path
        room = game.rooms[name]
        for d in DIRECTIONS:
            if d in room.exits:
                nxt = room.exits[d].name
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append((nxt, path + [d, nxt]))
    return None


def snapshot(game):
    """Serialise the mutable game state into a compact, sorted text form."""
    parts = ['at=' + game.location.name, 'score=%d' % game.score]
    parts.append('inv=' + ','.join(sorted(i.name for i in game.inventory)))
    for name in sorted(game.rooms):
        r = game.rooms[name]
        items = sorted(i.name for i in r.items)
        locks = sorted(r.locked)
        parts.append('%s[%s|%s]' % (name, ','.join(items), ','.join(locks)))
    return ';'.join(parts)


SCRIPT = [
    'look', 'dance', 'go north', 'e', 'take book', 'take anvil', 'x book', 'w', 'w',
    'take lamp', 'i', 'd', 'take rope', 'n', 'unlock north', 'u', 'e', 'u', 'take chest',
    'open chest', 'open chest', 'take brass key', 'inventory', 'drop book', 'd', 'w', 'd',
    'unlock north', 'n', 'take crown', 'score', 's', 'u', 'e', 'examine crown', '',
]


def play():
    g = Game()
    g.describe()
    for line in SCRIPT:
        if g.finished:
            break
        g.do(line)
        g.check_win()
    for text in g.output:
        print(text)
    print('visited:', sorted(r.name for r in g.rooms.values() if r.visited))
    print('final score', g.score, 'moves', g.moves, 'finished', g.finished)
    print(snapshot(g))
    print(shortest_path(g, 'attic', 'vault'), shortest_path(g, 'hall', 'hall'))
    fresh = Game()
    print(snapshot(fresh))


play()
