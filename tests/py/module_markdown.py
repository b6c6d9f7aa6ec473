"""A small Markdown-to-HTML renderer.

Block level: ATX headings, paragraphs, blockquotes, unordered and ordered
lists (with nesting by indentation), fenced code blocks, horizontal rules.
Inline: emphasis and strong emphasis, inline code, links, images, escaped
characters, and HTML escaping.  Also builds a table of contents with slug
anchors and collects simple document statistics.
"""


class MarkdownError(Exception):
    pass


HTML_ESCAPES = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'))


def escape_html(text):
    for a, b in HTML_ESCAPES:
        text = text.replace(a, b)
    return text


def slugify(text):
    out = []
    prev_dash = False
    for ch in text.lower():
        if 'a' <= ch <= 'z' or '0' <= ch <= '9':
            out.append(ch)
            prev_dash = False
        elif not prev_dash and out:
            out.append('-')
            prev_dash = True
    while out and out[-1] == '-':
        out.pop()
    return ''.join(out)


class Inline:
    """Inline renderer working left to right over a string."""

    ESCAPABLE = '\\`*_[]()!#'

    def __init__(self, text):
        self.text = text
        self.i = 0

    def render(self):
        out = []
        t = self.text
        n = len(t)
        while self.i < n:
            c = t[self.i]
            if c == '\\' and self.i + 1 < n and t[self.i + 1] in self.ESCAPABLE:
                out.append(escape_html(t[self.i + 1]))
                self.i += 2
            elif c == '`':
                end = t.find('`', self.i + 1)
                if end < 0:
                    out.append('`')
                    self.i += 1
                else:
                    out.append('<code>' + escape_html(t[self.i + 1:end]) + '</code>')
                    self.i = end + 1
            elif t.startswith('**', self.i) or t.startswith('__', self.i):
                out.append(self.emphasis(t[self.i:self.i + 2], 'strong'))
            elif c in '*_':
                out.append(self.emphasis(c, 'em'))
            elif c == '!' and t.startswith('![', self.i):
                link = self.link(self.i + 1)
                if link:
                    label, url, end = link
                    out.append('<img src="%s" alt="%s">' % (escape_html(url), escape_html(label)))
                    self.i = end
                else:
                    out.append('!')
                    self.i += 1
            elif c == '[':
                link = self.link(self.i)
                if link:
                    label, url, end = link
                    out.append('<a href="%s">%s</a>' % (escape_html(url), Inline(label).render()))
                    self.i = end
                else:
                    out.append('[')
                    self.i += 1
            else:
                out.append(escape_html(c))
                self.i += 1
        return ''.join(out)

    def emphasis(self, marker, tag):
        t = self.text
        start = self.i + len(marker)
        end = t.find(marker, start)
        if end <= start:
            self.i += len(marker)
            return escape_html(marker)
        inner = Inline(t[start:end]).render()
        self.i = end + len(marker)
        return '<%s>%s</%s>' % (tag, inner, tag)

    def link(self, pos):
        t = self.text
        close = t.find(']', pos)
        if close < 0 or not t.startswith('(', close + 1):
            return None
        paren = t.find(')', close + 2)
        if paren < 0:
            return None
        return t[pos + 1:close], t[close + 2:paren].strip(), paren + 1


def inline(text):
    return Inline(text).render()


def heading_level(line):
    n = 0
    while n < len(line) and line[n] == '#':
        n += 1
    if 1 <= n <= 6 and (len(line) == n or line[n] == ' '):
        return n
    return 0


def is_rule(line):
    s = line.replace(' ', '')
    return len(s) >= 3 and (s == '-' * len(s) or s == '*' * len(s) or s == '_' * len(s))


def list_item(line):
    """Return (indent, ordered, content) or None."""
    stripped = line.lstrip(' ')
    indent = len(line) - len(stripped)
    if stripped[:2] in ('- ', '* ', '+ '):
        return indent, False, stripped[2:]
    digits = 0
    while digits < len(stripped) and stripped[digits].isdigit():
        digits += 1
    if digits and stripped[digits:digits + 2] == '. ':
        return indent, True, stripped[digits + 2:]
    return None


class Renderer:
    def __init__(self, source):
        self.lines = source.split('\n')
        self.pos = 0
        self.toc = []
        self.stats = {'headings': 0, 'paragraphs': 0, 'lists': 0, 'code_blocks': 0, 'quotes': 0}
        self.slugs = {}

    def unique_slug(self, text):
        base = slugify(text) or 'section'
        count = self.slugs.get(base, 0)
        self.slugs[base] = count + 1
        return base if count == 0 else '%s-%d' % (base, count)

    def render(self):
        out = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if not line.strip():
                self.pos += 1
            elif line.startswith('```'):
                out.append(self.code_block())
            elif heading_level(line):
                out.append(self.heading(line))
            elif is_rule(line):
                out.append('<hr>')
                self.pos += 1
            elif line.startswith('>'):
                out.append(self.blockquote())
            elif list_item(line):
                out.append(self.list_block(list_item(line)[0]))
            else:
                out.append(self.paragraph())
        return '\n'.join(out)

    def heading(self, line):
        level = heading_level(line)
        text = line[level:].strip().rstrip('#').strip()
        slug = self.unique_slug(text)
        self.toc.append((level, text, slug))
        self.stats['headings'] += 1
        self.pos += 1
        return '<h%d id="%s">%s</h%d>' % (level, slug, inline(text), level)

    def code_block(self):
        lang = self.lines[self.pos][3:].strip()
        self.pos += 1
        body = []
        while self.pos < len(self.lines) and not self.lines[self.pos].startswith('```'):
            body.append(escape_html(self.lines[self.pos]))
            self.pos += 1
        if self.pos >= len(self.lines):
            raise MarkdownError('unterminated code block')
        self.pos += 1
        self.stats['code_blocks'] += 1
        cls = ' class="language-%s"' % lang if lang else ''
        return '<pre><code%s>%s</code></pre>' % (cls, '\n'.join(body))

    def blockquote(self):
        inner = []
        while self.pos < len(self.lines) and self.lines[self.pos].startswith('>'):
            inner.append(self.lines[self.pos][1:].lstrip(' ') if len(self.lines[self.pos]) > 1 else '')
            self.pos += 1
        self.stats['quotes'] += 1
        sub = Renderer('\n'.join(inner))
        sub.slugs = self.slugs
        body = sub.render()
        for k in sub.stats:
            self.stats[k] += sub.stats[k]
        return '<blockquote>\n%s\n</blockquote>' % body

    def list_block(self, indent):
        first = list_item(self.lines[self.pos])
        ordered = first[1]
        tag = 'ol' if ordered else 'ul'
        items = []
        self.stats['lists'] += 1
        while self.pos < len(self.lines):
            info = list_item(self.lines[self.pos])
            if info is None or info[0] < indent:
                break
            if info[0] > indent:
                nested = self.list_block(info[0])
                items[-1] = items[-1] + '\n' + nested
                continue
            if info[1] != ordered:
                break
            items.append(inline(info[2]))
            self.pos += 1
        body = '\n'.join('<li>%s</li>' % it for it in items)
        return '<%s>\n%s\n</%s>' % (tag, body, tag)

    def paragraph(self):
        parts = []
        while self.pos < len(self.lines):
            line = self.lines[self.pos]
            if (not line.strip() or heading_level(line) or line.startswith('```') or line.startswith('>')
                    or list_item(line) or is_rule(line)):
                break
            parts.append(line.strip())
            self.pos += 1
        self.stats['paragraphs'] += 1
        return '<p>%s</p>' % inline(' '.join(parts))

    def toc_html(self):
        lines = []
        for level, text, slug in self.toc:
            lines.append('%s- [%s](#%s)' % ('  ' * (level - 1), text, slug))
        return '\n'.join(lines)


DOCUMENT = """# Project *Title*

Welcome to the **demo** of a `tiny` markdown renderer. It handles
multi-line paragraphs, [links](https://example.com/a?b=1&c=2) and
images like ![logo](img/logo.png).

## Features

- Headings with anchors
- Lists
  - nested items
  - with *emphasis*
- Code blocks

1. first
2. second
3. third

> Quoted text with **bold**.
> ## Heading inside quote

```python
def hello(name):
    return "<b>" + name + "</b>"
```

---

## Features

Escapes: \\*not emphasis\\*, 5 < 6 & "quotes", unclosed *star and `tick.
"""


def self_test():
    print([slugify(s) for s in ('Hello World', '  Spaces  & Symbols!! ', 'a--b', '', '123 Go')])
    print(inline('plain *em* **strong** `code <x>` [a](b) \\*lit\\* _u_ __U__'))
    print(inline('nested **bold with *em* inside** end'))
    print([heading_level(s) for s in ('# a', '###### b', '####### c', '#nospace', 'x')])
    print([is_rule(s) for s in ('---', '* * *', '__', '-*-', '_____')])
    print([list_item(s) for s in ('- a', '  * b', '12. c', '1.x', 'text')])
    r = Renderer(DOCUMENT)
    html = r.render()
    print(html)
    print(r.toc_html())
    print(sorted(r.stats.items()))
    try:
        Renderer('```\nnever closed').render()
    except MarkdownError as e:
        print('MarkdownError:', e)
    print(Renderer('').render() == '', Renderer('\n\n').render() == '')


self_test()
