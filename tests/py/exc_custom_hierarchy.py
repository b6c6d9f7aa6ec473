# User-defined exception hierarchies, attributes and str().
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__('%s: %s' % (key, problem))
        self.key = key
        self.problem = problem
class NetworkError(AppError):
    code = 500
class TimeoutError_(NetworkError):
    code = 504
def load(case):
    if case == 1:
        raise ConfigError('port', 'not a number')
    if case == 2:
        raise TimeoutError_('slow')
    if case == 3:
        raise NetworkError()
    if case == 4:
        raise AppError('generic', 42)
    return 'loaded'
for case in range(5):
    try:
        print(load(case))
    except ConfigError as e:
        print('config', e.key, e.problem, str(e))
    except NetworkError as e:
        print('network', type(e).__name__, e.code, e.args)
    except AppError as e:
        print('app', e.args, len(e.args))
print(issubclass(TimeoutError_, AppError), isinstance(ConfigError('a', 'b'), Exception))
class WithStr(Exception):
    def __str__(self):
        return 'custom str'
try:
    raise WithStr(1, 2)
except WithStr as e:
    print(str(e), e.args)
class Chain(Exception):
    def __init__(self, *msgs):
        super().__init__(*msgs)
        self.msgs = msgs
try:
    raise Chain('a', 'b', 'c')
except Exception as e:
    print(e.msgs, e.args == e.msgs)
