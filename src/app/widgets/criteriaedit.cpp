#include "app/widgets/criteriaedit.h"

#include "app/widgets/criteriahighlighter.h"
#include "app/widgets/darkpalette.h"
#include "core/expression/functions.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMimeData>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QTextDocument>

namespace RestGate {

namespace {

bool isReturn(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

// A criteria is one line in the task (a `string` input): line breaks pasted in become spaces.
QString singleLine(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(u'\n', u' ');
    text.replace(u'\r', u' ');
    text.replace(QChar::ParagraphSeparator, u' ');
    text.replace(QChar::LineSeparator, u' ');
    return text;
}

// True when `before` ends inside a 'string' literal ('' escapes keep the count even).
bool endsInsideString(QStringView before)
{
    return before.count(u'\'') % 2 == 1;
}

} // namespace

CriteriaEdit::CriteriaEdit(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_model(new QStringListModel(this))
    , m_highlighter(new CriteriaHighlighter(document()))
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    for (const Expression::FunctionInfo &info : Expression::functions())
        m_functionNames.append(info.name + u'(');

    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(10);
    m_completer->popup()->setAccessibleName(tr("Criteria completions"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &CriteriaEdit::insertCompletion);

    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &CriteriaEdit::updateHeight);
    // Typing moves the text under a stale underline; the owner sets a fresh span once it has re-parsed.
    connect(this, &QPlainTextEdit::textChanged, this, &CriteriaEdit::updateErrorSelection);
    updateModel(false);
    updateHeight();
}

CriteriaEdit::~CriteriaEdit() = default;

void CriteriaEdit::setText(const QString &text)
{
    if (text == toPlainText())
        return;
    setPlainText(singleLine(text));
    moveCursor(QTextCursor::End);
}

void CriteriaEdit::replaceText(const QString &text)
{
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(singleLine(text));
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void CriteriaEdit::setRootPaths(const QStringList &paths)
{
    m_rootPaths = paths;
    updateModel(false);
}

void CriteriaEdit::setErrorSpan(int position, int length)
{
    m_errorPosition = position >= 0 && length > 0 ? position : -1;
    m_errorLength = m_errorPosition >= 0 ? length : 0;
    updateErrorSelection();
}

void CriteriaEdit::updateErrorSelection()
{
    QList<QTextEdit::ExtraSelection> selections;
    const int size = int(toPlainText().size());
    if (m_errorPosition >= 0 && size > 0) {
        // A span at the very end (an unclosed call) still needs a character to sit under.
        const int start = qMin(m_errorPosition, size - 1);
        const int end = qBound(start + 1, m_errorPosition + m_errorLength, size);
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(end, QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(isDarkPalette(palette()) ? QColor(0xff, 0x6b, 0x6b)
                                                                    : QColor(0xd3, 0x2f, 0x2f));
        selection.format.setToolTip(toolTip());
        selections.append(selection);
    }
    setExtraSelections(selections);
}

void CriteriaEdit::updateModel(bool pathsOnly)
{
    QStringList items;
    if (!pathsOnly)
        items = m_functionNames;
    if (!pathsOnly || m_rootPaths.isEmpty())
        items.append(QString::fromUtf16(Expression::rootName));
    items += m_rootPaths;
    if (m_model->stringList() != items)
        m_model->setStringList(items);
}

QString CriteriaEdit::completionPrefix() const
{
    const QTextCursor cursor = textCursor();
    const QString before = cursor.block().text().left(cursor.positionInBlock());
    // root, root[, root['a'][0]['na : an indexer chain being written, keys quoted with '' escapes.
    static const QRegularExpression path(QStringLiteral("\\broot(?:\\[(?:'(?:[^']|'')*'?|\\d*)\\]?)*$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch pathMatch = path.match(before);
    if (pathMatch.hasMatch())
        return pathMatch.captured();
    if (endsInsideString(before))
        return {};
    static const QRegularExpression identifier(QStringLiteral("(?<![\\w.$])[A-Za-z_]\\w*$"));
    const QRegularExpressionMatch identifierMatch = identifier.match(before);
    return identifierMatch.hasMatch() ? identifierMatch.captured() : QString();
}

void CriteriaEdit::complete()
{
    showCompletions(completionPrefix(), true);
}

void CriteriaEdit::showCompletions(const QString &prefix, bool evenIfEmpty)
{
    if (prefix.isEmpty() && !evenIfEmpty) {
        m_completer->popup()->hide();
        return;
    }
    if (prefix.isEmpty() && endsInsideString(textCursor().block().text().left(textCursor().positionInBlock()))) {
        m_completer->popup()->hide();
        return;
    }
    updateModel(prefix.contains(u'['));
    m_completer->setCompletionPrefix(prefix);
    const bool nothingToAdd = m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0);
    if (nothingToAdd) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0)
                  + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void CriteriaEdit::insertCompletion(const QString &completion)
{
    if (completion.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(m_completer->completionPrefix().size()));
    cursor.insertText(completion);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

bool CriteriaEdit::event(QEvent *event)
{
    // Ctrl+Enter belongs to the window (Send); never claim it, so a shortcut on an ancestor fires.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (isReturn(key) && (key->modifiers() & Qt::ControlModifier)) {
            event->ignore();
            return false;
        }
    }
    return QPlainTextEdit::event(event);
}

void CriteriaEdit::keyPressEvent(QKeyEvent *event)
{
    const bool popupVisible = m_completer->popup()->isVisible();
    if (popupVisible) {
        // The completer takes these (pick, dismiss) before they reach the text.
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    if (isReturn(event)) {
        // One-line value: Enter never adds a line break; with Ctrl it is the window's Send.
        event->ignore();
        return;
    }
    const bool ctrlSpace = event->key() == Qt::Key_Space && (event->modifiers() & Qt::ControlModifier);
    if (ctrlSpace) {
        complete();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    const bool editing =
        !typed.isEmpty() && typed.at(0).isPrint() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool erasing = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (editing || (erasing && popupVisible))
        showCompletions(completionPrefix(), false);
    else if (popupVisible && (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right))
        m_completer->popup()->hide();
}

void CriteriaEdit::focusInEvent(QFocusEvent *event)
{
    m_completer->setWidget(this);
    QPlainTextEdit::focusInEvent(event);
}

void CriteriaEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->updateColors(palette());
        updateErrorSelection();
    } else if (event->type() == QEvent::FontChange) {
        updateHeight();
    }
}

void CriteriaEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateHeight();
}

void CriteriaEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        insertPlainText(singleLine(source->text()));
}

QSize CriteriaEdit::sizeHint() const
{
    return {QPlainTextEdit::sizeHint().width(), height()};
}

QSize CriteriaEdit::minimumSizeHint() const
{
    return {QPlainTextEdit::minimumSizeHint().width(), height()};
}

void CriteriaEdit::updateHeight()
{
    // QPlainTextDocumentLayout measures its height in laid-out lines, wrapped ones included.
    const int lines = int(document()->documentLayout()->documentSize().height());
    const int rows = qBound(1, lines, m_maxRows);
    const QMargins margins = contentsMargins();
    const int height = rows * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + margins.top()
        + margins.bottom() + 2 * frameWidth();
    if (height != this->height())
        setFixedHeight(height);
}

} // namespace RestGate
