# Managing several resources with nested and multi-item with statements and failures.
class Res:
    opened = []
    def __init__(self, name, fail_on_enter=False):
        self.name = name
        self.fail_on_enter = fail_on_enter
    def __enter__(self):
        if self.fail_on_enter:
            raise OSError('cannot open ' + self.name)
        Res.opened.append(self.name)
        return self
    def __exit__(self, et, ev, tb):
        Res.opened.remove(self.name)
        print('closed', self.name, 'due to ' + et.__name__ if et else '')
        return False
def use(names, fail_enter=None, fail_body=False):
    try:
        with Res(names[0]) as a, Res(names[1], fail_on_enter=fail_enter == names[1]) as b:
            with Res(names[2], fail_on_enter=fail_enter == names[2]) as c:
                print('using', a.name, b.name, c.name, 'open:', Res.opened)
                if fail_body:
                    raise ValueError('body failed')
    except (OSError, ValueError) as e:
        print('error:', e)
    print('still open:', Res.opened)
use(['x', 'y', 'z'])
use(['x', 'y', 'z'], fail_enter='y')
use(['x', 'y', 'z'], fail_enter='z')
use(['x', 'y', 'z'], fail_body=True)
