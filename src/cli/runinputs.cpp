#include "cli/runinputs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace RestGate::Cli {

namespace {

const QString designSuffix = QStringLiteral(".restgate.yml");

bool isWildcard(const QString &argument)
{
    return argument.contains(QLatin1Char('*')) || argument.contains(QLatin1Char('?'))
        || argument.contains(QLatin1Char('['));
}

/// `*` any run of characters, `?` one character, everything else literal; '/' is not special in a display name.
QRegularExpression wildcard(const QString &pattern)
{
    QString expression;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            expression += QLatin1String(".*");
        else if (c == QLatin1Char('?'))
            expression += QLatin1Char('.');
        else
            expression += QRegularExpression::escape(QString(c));
    }
    return QRegularExpression(QRegularExpression::anchoredPattern(expression),
                              QRegularExpression::CaseInsensitiveOption
                                  | QRegularExpression::DotMatchesEverythingOption);
}

/// Only the last path component may hold a wildcard: `dir/*.restgate.yml`, not `*/x.restgate.yml`.
QStringList expandPattern(const QString &argument)
{
    const QFileInfo info(argument);
    const QDir dir = info.dir();
    QStringList matches;
    const QStringList names = dir.entryList({info.fileName()}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &name : names)
        matches.append(argument.left(argument.size() - info.fileName().size()) + name);
    return matches;
}

QString environmentForm(const QString &name)
{
    QString form = name.toUpper();
    for (QChar &c : form) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128))
            c = QLatin1Char('_');
    }
    return form;
}

} // namespace

bool expandDesignArguments(const QStringList &arguments, QStringList *designs, QString *error)
{
    bool stdinUsed = false;
    for (const QString &argument : arguments) {
        if (argument == QLatin1String("-")) {
            if (stdinUsed) {
                *error = QStringLiteral("'-' (standard input) can be given once");
                return false;
            }
            stdinUsed = true;
            designs->append(argument);
            continue;
        }
        const QFileInfo info(argument);
        if (info.isDir()) {
            const QStringList names =
                QDir(argument).entryList({QString(QLatin1Char('*') + designSuffix)}, QDir::Files, QDir::Name);
            if (names.isEmpty()) {
                *error = QStringLiteral("%1: the directory holds no *%2 design").arg(argument, designSuffix);
                return false;
            }
            for (const QString &name : names)
                designs->append(QDir(argument).filePath(name));
        } else if (!info.exists() && isWildcard(argument)) {
            const QStringList matches = expandPattern(argument);
            if (matches.isEmpty()) {
                *error = QStringLiteral("%1: no file matches the pattern").arg(argument);
                return false;
            }
            designs->append(matches);
        } else {
            // A missing file is reported when it is loaded, with the reason the loader gives.
            designs->append(argument);
        }
    }
    return true;
}

bool parseVariableFile(const QByteArray &text, const QString &origin, QStringList *assignments, QString *error)
{
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = QString::fromUtf8(lines.at(i));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const QString name = equals < 0 ? QString() : line.left(equals).trimmed();
        if (name.isEmpty() || name.contains(QLatin1Char(' '))) {
            *error = QStringLiteral("%1:%2: expected NAME=VALUE, got '%3'").arg(origin).arg(i + 1).arg(trimmed);
            return false;
        }
        assignments->append(name + QLatin1Char('=') + line.mid(equals + 1));
    }
    return true;
}

bool readVariableFile(const QString &path, QStringList *assignments, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    // A variable file is a handful of lines; a bound keeps a mistaken path (a device, a log) from eating memory.
    constexpr qint64 maxBytes = 1024 * 1024;
    const QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes) {
        *error = QStringLiteral("%1: longer than %2 bytes, the most a variable file may hold").arg(path).arg(maxBytes);
        return false;
    }
    return parseVariableFile(text, path, assignments, error);
}

QStringList environmentAssignments(const QStringList &environment, const VariableSet &declared)
{
    static const QString prefix = QStringLiteral("RESTGATE_VAR_");
    QStringList assignments;
    for (const QString &entry : environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (!entry.startsWith(prefix) || equals <= prefix.size())
            continue;
        QString name = entry.mid(prefix.size(), equals - prefix.size());
        for (const Variable &variable : declared.variables()) {
            if (environmentForm(variable.name) == name.toUpper()) {
                name = variable.name;
                break;
            }
        }
        assignments.append(name + entry.mid(equals));
    }
    // The environment's order is arbitrary; sorted, a name given twice (FOO and foo) resolves the same every time.
    assignments.sort();
    return assignments;
}

bool matchesNamePatterns(const QString &name, const QStringList &patterns)
{
    if (patterns.isEmpty())
        return true;
    for (const QString &pattern : patterns) {
        if (wildcard(pattern).match(name).hasMatch())
            return true;
    }
    return false;
}

} // namespace RestGate::Cli
