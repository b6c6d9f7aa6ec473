# Exceptions with extra methods, class attributes and context info.
class HttpError(Exception):
    status = 500
    reason = 'Internal Server Error'
    def __init__(self, url, detail=None):
        super().__init__(url, detail)
        self.url = url
        self.detail = detail
    def describe(self):
        s = '%d %s: %s' % (self.status, self.reason, self.url)
        if self.detail:
            s += ' (%s)' % self.detail
        return s
    def retryable(self):
        return self.status >= 500
class NotFound(HttpError):
    status = 404
    reason = 'Not Found'
class TooMany(HttpError):
    status = 429
    reason = 'Too Many Requests'
    def retryable(self):
        return True
ROUTES = {'/': 'home', '/about': 'about page'}
hits = {}
def fetch(url):
    hits[url] = hits.get(url, 0) + 1
    if url.startswith('/api') and hits[url] > 2:
        raise TooMany(url, 'rate limited')
    if url == '/crash':
        raise HttpError(url, 'database down')
    if url.startswith('/api'):
        return 'api response %d' % hits[url]
    if url not in ROUTES:
        raise NotFound(url)
    return ROUTES[url]
for url in ['/', '/missing', '/crash', '/api', '/api', '/api', '/about']:
    try:
        print(url, '->', fetch(url))
    except HttpError as e:
        print(url, '!!', e.describe(), 'retry' if e.retryable() else 'no-retry', type(e).__name__, e.args)
print(issubclass(TooMany, HttpError), NotFound.status, HttpError.status)
