# Hand-written gather(): run several coroutines concurrently and collect results in order.
class Step:
    def __await__(self):
        yield
    __iter__ = __await__
async def job(name, steps, log):
    for i in range(steps):
        log.append('%s:%d' % (name, i))
        await Step()
    return name * steps
async def failing_job(log):
    log.append('fail:start')
    await Step()
    raise ValueError('job failed')
def gather(*coros):
    results = [None] * len(coros)
    errors = {}
    pending = dict(enumerate(coros))
    while pending:
        for i in sorted(pending):
            c = pending[i]
            try:
                c.send(None)
            except StopIteration as e:
                results[i] = e.value
                del pending[i]
            except Exception as e:
                errors[i] = type(e).__name__
                del pending[i]
    return results, errors
log = []
res, errs = gather(job('a', 2, log), job('b', 3, log), job('c', 1, log))
print(res, errs)
print(log)
log = []
res, errs = gather(job('x', 2, log), failing_job(log), job('y', 1, log))
print(res, errs)
print(log)
async def parent():
    inner_log = []
    r, _ = gather(job('p', 1, inner_log), job('q', 2, inner_log))
    return r, inner_log
try:
    parent().send(None)
except StopIteration as e:
    print(e.value)
