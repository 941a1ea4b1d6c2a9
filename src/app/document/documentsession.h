#pragma once

#include "core/design/designdocument.h"
#include "core/design/recoverystore.h"

#include <QObject>

#include <memory>

class QTimer;
class QUndoStack;

namespace RestGate {

/// The open design as the window edits it: the document and its file, the undo history of every change, the
/// modified state, and the autosave that lets a crash cost at most a moment of work. It knows nothing of widgets:
/// the window asks it for changes and re-renders when it says the document changed.
class DocumentSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentSession)

public:
    explicit DocumentSession(const QString &recoveryDirectory, QObject *parent = nullptr);
    ~DocumentSession() override;

    const DesignDocument &document() const { return m_document; }
    /// The file the design was opened from or saved to; empty for a new, bundled or imported design.
    QString path() const { return m_path; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    /// Another design (opened, new, bundled): no history, not modified, no recovery file until the first edit.
    void reset(const DesignDocument &document, const QString &path);
    /// A design an unclean session left behind: modified (it differs from its file), and autosaved again at once
    /// under this session, so a second crash loses nothing either. Its old recovery file is removed.
    void restore(const RecoveredDesign &recovery);
    /// Records an edit as one undo step. `selectedBefore`/`selectedAfter` are the task to select when it is undone
    /// or redone. `mergeKey`: consecutive edits with the same key (typing in one field) fold into one step.
    /// `alreadyApplied`: the edit is on screen already, so no stateApplied() for it.
    void change(const QString &text, const DesignDocument &after, int selectedBefore, int selectedAfter,
                const QString &mergeKey = {}, bool alreadyApplied = false);
    /// Saves to `path`, which becomes the design's file. Not modified afterwards; the recovery file goes. On failure
    /// nothing changes — still modified, the file as it was — and `problem` says why; after ChangedOnDisk the window
    /// asks, and calls again with `overwriteChangedFile` if the person says so.
    bool saveTo(const QString &path, QString *errorMessage, DesignDocument::SaveProblem *problem = nullptr,
                bool overwriteChangedFile = false);
    /// The user closed the design on purpose (saved or discarded): nothing to recover next time.
    void closeCleanly();

    void setAutosaveDelay(int ms);
    /// Writes the recovery file now, when there are unsaved changes. A failure is reported by autosaveFailed().
    bool autosaveNow();
    /// Designs earlier sessions autosaved and never closed cleanly, newest first.
    QList<RecoveredDesign> pendingRecoveries() const;
    void discardRecovery(const RecoveredDesign &recovery);

Q_SIGNALS:
    /// Undo or redo replaced the document; the window re-renders it and selects `selectedTask`.
    void stateApplied(int selectedTask);
    /// The document or its modified state changed (after every change, undo, redo, save and reset).
    void changed();
    void autosaveFailed(const QString &message);

private:
    void updateAutosave();

    DesignDocument m_document;
    QString m_path;
    bool m_modifiedWithoutHistory = false;
    QUndoStack *m_undoStack;
    std::unique_ptr<RecoveryStore> m_recovery;
    QTimer *m_autosaveTimer;
};

} // namespace RestGate
