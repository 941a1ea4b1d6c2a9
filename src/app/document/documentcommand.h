#pragma once

#include "core/design/designdocument.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <functional>

namespace RestGate {

/// One undoable change of the open design, kept as the whole document before and after. Designs are small (a few
/// KB), so snapshots are cheaper and far less error-prone than inverse operations for every kind of edit: a form
/// field, a task added, moved or renamed, a connection or a variable edited all undo the same way.
class DocumentCommand final : public QUndoCommand
{
public:
    struct State
    {
        DesignDocument document;
        int selectedTask = -1;
    };
    using Apply = std::function<void(const State &)>;

    /// `mergeKey`: consecutive commands with the same non-empty key (typing in one field of one task) fold into
    /// one undo step, until the user pauses.
    DocumentCommand(const QString &text, State before, State after, Apply apply, QString mergeKey = {});

    /// The change is already on screen (the user just made it in the form); the first redo() must not re-apply
    /// it, or the editor being typed in would be reset under the cursor.
    void setAlreadyApplied() { m_skipNextRedo = true; }

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    /// A pause in typing longer than this starts a new undo step.
    static constexpr qint64 mergeWindowMs = 1500;

private:
    State m_before;
    State m_after;
    Apply m_apply;
    QString m_mergeKey;
    QElapsedTimer m_lastMerge;
    bool m_skipNextRedo = false;
};

} // namespace RestGate
