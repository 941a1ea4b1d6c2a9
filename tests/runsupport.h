#pragma once

#include "core/run/taskrunner.h"

#include <QSignalSpy>

namespace RestGate::TestSupport {

/// Runs `in` to its end on a fresh TaskRunner and returns the result; a run that outlives `timeoutSeconds` fails the
/// whole test, as nothing after it could be trusted.
inline RunResult runToEnd(const RunInput &in, const RunOptions &options = {}, int timeoutSeconds = 60)
{
    TaskRunner runner;
    TaskRun *taskRun = runner.start(in, options);
    QSignalSpy spy(taskRun, &TaskRun::finished);
    if (!spy.wait(timeoutSeconds * 1000))
        qFatal("the dry run did not finish within %d s", timeoutSeconds);
    return spy.first().first().value<RunResult>();
}

} // namespace RestGate::TestSupport
