#pragma once

#include <QList>
#include <QString>

namespace RestGate {

/// A validation finding about a task: shown next to the input it concerns and in the findings list.
struct Finding
{
    enum class Severity
    {
        Error,
        Warning
    };

    Severity severity = Severity::Error;
    QString input; ///< task.json input name, or a step property (displayName, timeoutInMinutes, ...), or empty
    QString message; ///< a full sentence the user can act on
    int line = 0; ///< 1-based position inside the input's text when the finding points at one (0 = none)
    int column = 0;

    bool isError() const { return severity == Severity::Error; }
    friend bool operator==(const Finding &, const Finding &) = default;
};

inline bool hasErrors(const QList<Finding> &findings)
{
    for (const Finding &f : findings) {
        if (f.isError())
            return true;
    }
    return false;
}

} // namespace RestGate
