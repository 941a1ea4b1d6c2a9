#pragma once

#include <QtGlobal>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace RestGate::Cli {

/// Turns Ctrl+C (SIGINT) into a call on the event loop, so `run` can cancel its requests and still
/// write what it has. The first signal calls `onInterrupt`; the handlers then go back to the default, so a second
/// Ctrl+C ends the process at once. Unix only; elsewhere the signal ends the process as before.
class InterruptWatcher final
{
    Q_DISABLE_COPY_MOVE(InterruptWatcher)

public:
    explicit InterruptWatcher(std::function<void()> onInterrupt);
    ~InterruptWatcher();

private:
    std::function<void()> m_onInterrupt;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace RestGate::Cli
