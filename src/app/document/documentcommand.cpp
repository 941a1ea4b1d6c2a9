#include "app/document/documentcommand.h"

namespace RestGate {

DocumentCommand::DocumentCommand(const QString &text, State before, State after, Apply apply, QString mergeKey)
    : QUndoCommand(text)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_apply(std::move(apply))
    , m_mergeKey(std::move(mergeKey))
{
    m_lastMerge.start();
}

void DocumentCommand::undo()
{
    m_apply(m_before);
}

void DocumentCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    m_apply(m_after);
}

int DocumentCommand::id() const
{
    // QUndoStack only offers merging between commands of the same id; the key decides inside mergeWith().
    return m_mergeKey.isEmpty() ? -1 : 1;
}

bool DocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocumentCommand *>(other);
    if (next->m_mergeKey != m_mergeKey || m_lastMerge.elapsed() > mergeWindowMs)
        return false;
    m_after = next->m_after;
    m_lastMerge.restart();
    return true;
}

} // namespace RestGate
