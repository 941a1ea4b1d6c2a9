#include "callback/callbackwait.h"

#include "callback/planlistener.h"

#include <QTimer>

namespace RestGate {

CallbackWait::CallbackWait(PlanListener *listener, QObject *parent)
    : QObject(parent)
    , m_listener(listener)
    , m_limitTimer(new QTimer(this))
    , m_graceTimer(new QTimer(this))
{
    qRegisterMetaType<RestGate::CallbackVerdict>();
    m_limitTimer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early; a wait limit is a promise of "at least".
    m_limitTimer->setTimerType(Qt::PreciseTimer);
    m_graceTimer->setSingleShot(true);
    connect(m_limitTimer, &QTimer::timeout, this, [this] {
        // A TaskCompleted inside the grace period already decided the outcome; the limit only cuts the grace short.
        finish(m_listener && m_listener->isCompleted() ? CallbackVerdict::Outcome::Completed
                                                       : CallbackVerdict::Outcome::NotCompleted);
    });
    connect(m_graceTimer, &QTimer::timeout, this, [this] { finish(CallbackVerdict::Outcome::Completed); });
}

CallbackWait::~CallbackWait() = default;

void CallbackWait::start(int waitMs)
{
    if (m_running)
        return;
    m_running = true;
    m_verdict.reset();
    m_waitMs = qMax(0, waitMs);
    m_elapsed.start();

    QString error;
    if (!m_listener)
        error = tr("there is no plan listener.");
    else if (!m_listener->isListening())
        error = tr("the plan listener is not listening%1")
                    .arg(m_listener->errorString().isEmpty() ? QStringLiteral(".")
                                                             : QStringLiteral(": ") + m_listener->errorString());
    else if (!m_listener->hasPlan())
        error = tr("no plan was started on the listener, so no callback can match.");
    if (!error.isEmpty()) {
        // Queued, so that a caller connecting to finished() after start() still hears it.
        QMetaObject::invokeMethod(
            this, [this, error] { finish(CallbackVerdict::Outcome::ListenerError, error); }, Qt::QueuedConnection);
        return;
    }

    // Queued: completed() is emitted inside the listener's request handler, and a slot on finished() may well
    // close or delete the listener.
    connect(m_listener, &PlanListener::completed, this, &CallbackWait::onCompleted,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::UniqueConnection));
    connect(m_listener, &QObject::destroyed, this,
            [this] { finish(CallbackVerdict::Outcome::ListenerError, tr("the plan listener was closed.")); });
    m_limitTimer->start(m_waitMs);
    if (m_listener->isCompleted())
        QMetaObject::invokeMethod(this, &CallbackWait::onCompleted, Qt::QueuedConnection);
}

void CallbackWait::cancel()
{
    if (m_running)
        finish(CallbackVerdict::Outcome::Cancelled);
}

qint64 CallbackWait::elapsedMs() const
{
    return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
}

void CallbackWait::onCompleted()
{
    if (!m_running || m_graceTimer->isActive())
        return;
    if (m_graceMs > 0)
        m_graceTimer->start(m_graceMs);
    else
        finish(CallbackVerdict::Outcome::Completed);
}

void CallbackWait::finish(CallbackVerdict::Outcome outcome, const QString &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_limitTimer->stop();
    m_graceTimer->stop();
    const qint64 waited = elapsedMs();

    CallbackVerdict verdict;
    if (m_listener) {
        disconnect(m_listener, nullptr, this, nullptr);
        verdict = CallbackVerdict::build(outcome, m_listener->plan(), m_listener->timeline(), m_listener->result(),
                                         m_listener->completedBy(), waited, m_waitMs, error);
        verdict.liveLog = m_listener->liveLog();
        verdict.taskVariables = m_listener->taskVariables();
    } else {
        verdict = CallbackVerdict::build(outcome, PlanContext(), {}, std::nullopt, 0, waited, m_waitMs, error);
    }
    m_verdict = verdict;
    Q_EMIT finished(verdict);
}

} // namespace RestGate
