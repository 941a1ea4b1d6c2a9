#pragma once

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace RestGate {

/// Runs `work` on the global thread pool and hands its result to `done` on the main thread — unless `owner` has been
/// deleted by then, in which case the result is dropped.
///
/// The worker never touches `owner`: the result is posted to the application object and the guard is read back on
/// the main thread only, where the owner may have been cancelled, replaced or deleted meanwhile. Callers that can be
/// superseded (a newer body, a newer criteria) still compare their own generation counter inside `done`.
template<typename Work, typename Done> void runInBackground(QObject *owner, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    QPointer<QObject> guard(owner);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() mutable {
        auto result = std::make_shared<Result>(work());
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, result, done = std::move(done)]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace RestGate
