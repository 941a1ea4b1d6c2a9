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

/// A GET of `base` through a Generic connection named "api", with the system variables: the plainest task there is,
/// for tests about what comes back rather than what goes out.
inline RunInput getFrom(const QString &base)
{
    RunInput in;
    in.task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
    in.task.setInput(QStringLiteral("method"), QStringLiteral("GET"));
    in.connection = ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic, base, {});
    in.variables = VariableSet::systemDefaults();
    return in;
}

} // namespace RestGate::TestSupport
