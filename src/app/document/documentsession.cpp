#include "app/document/documentsession.h"

#include "app/document/documentcommand.h"

#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace RestGate {

namespace {
constexpr int defaultAutosaveMs = 1500;
}

DocumentSession::DocumentSession(const QString &recoveryDirectory, QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_recovery(std::make_unique<RecoveryStore>(recoveryDirectory))
    , m_autosaveTimer(new QTimer(this))
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(defaultAutosaveMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &DocumentSession::autosaveNow);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this] {
        updateAutosave();
        Q_EMIT changed();
    });
}

DocumentSession::~DocumentSession()
{
    // The stack is a child object and outlives the recovery store: its last signals must not reach it.
    m_undoStack->disconnect(this);
}

bool DocumentSession::isModified() const
{
    return m_modifiedWithoutHistory || !m_undoStack->isClean();
}

void DocumentSession::reset(const DesignDocument &document, const QString &path)
{
    m_document = document;
    m_path = path;
    m_modifiedWithoutHistory = false;
    m_undoStack->clear();
    m_autosaveTimer->stop();
    m_recovery->discard();
    Q_EMIT changed();
}

void DocumentSession::restore(const RecoveredDesign &recovery)
{
    reset(recovery.document, recovery.originalPath);
    m_recovery->remove(recovery);
    m_modifiedWithoutHistory = true;
    autosaveNow();
    Q_EMIT changed();
}

void DocumentSession::change(const QString &text, const DesignDocument &after, int selectedBefore, int selectedAfter,
                             const QString &mergeKey, bool alreadyApplied)
{
    auto *command = new DocumentCommand(
        text, {m_document, selectedBefore}, {after, selectedAfter},
        [this](const DocumentCommand::State &state) {
            m_document = state.document;
            Q_EMIT stateApplied(state.selectedTask);
        },
        mergeKey);
    if (alreadyApplied) {
        command->setAlreadyApplied();
        m_document = after;
    }
    m_undoStack->push(command);
    updateAutosave();
    Q_EMIT changed();
}

bool DocumentSession::saveTo(const QString &path, QString *errorMessage, DesignDocument::SaveProblem *problem,
                             bool overwriteChangedFile)
{
    const auto mode = overwriteChangedFile ? DesignDocument::SaveMode::Overwrite : DesignDocument::SaveMode::Normal;
    if (!m_document.save(path, errorMessage, problem, mode))
        return false;
    m_path = QFileInfo(path).absoluteFilePath();
    m_modifiedWithoutHistory = false;
    m_undoStack->setClean();
    updateAutosave();
    Q_EMIT changed();
    return true;
}

void DocumentSession::closeCleanly()
{
    m_autosaveTimer->stop();
    m_recovery->discard();
}

void DocumentSession::setAutosaveDelay(int ms)
{
    m_autosaveTimer->setInterval(ms);
}

bool DocumentSession::autosaveNow()
{
    m_autosaveTimer->stop();
    if (!isModified())
        return true;
    QString message;
    if (m_recovery->write(m_document, m_path, &message))
        return true;
    Q_EMIT autosaveFailed(message);
    return false;
}

QList<RecoveredDesign> DocumentSession::pendingRecoveries() const
{
    return m_recovery->orphans();
}

void DocumentSession::discardRecovery(const RecoveredDesign &recovery)
{
    m_recovery->remove(recovery);
}

void DocumentSession::updateAutosave()
{
    if (!isModified()) {
        // Back at the saved state (saved, or undone to it): there is nothing to recover.
        m_autosaveTimer->stop();
        m_recovery->discard();
    } else if (!m_autosaveTimer->isActive()) {
        // Not restarted by further edits: a steady stream of typing is still saved every interval.
        m_autosaveTimer->start();
    }
}

} // namespace RestGate
