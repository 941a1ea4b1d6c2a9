#include "callback/guid.h"

#include <QUuid>

namespace RestGate::Guid {

namespace {

/// The 32 hex digits of a valid id, lower case; empty when @p text is not a GUID.
QString digits(QStringView text)
{
    QStringView rest = text.trimmed();
    if (rest.startsWith(u'{') != rest.endsWith(u'}'))
        return QString();
    if (rest.startsWith(u'{'))
        rest = rest.mid(1, rest.size() - 2);
    QString hex;
    if (rest.size() == 36) {
        // Dashes sit after digit 8, 12, 16 and 20: positions 8, 13, 18, 23.
        for (qsizetype i = 0; i < rest.size(); ++i) {
            const bool dashPosition = i == 8 || i == 13 || i == 18 || i == 23;
            if (dashPosition != (rest[i] == u'-'))
                return QString();
            if (!dashPosition)
                hex.append(rest[i]);
        }
    } else if (rest.size() == 32) {
        hex = rest.toString();
    } else {
        return QString();
    }
    for (const QChar c : std::as_const(hex)) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return QString();
    }
    return hex.toLower();
}

} // namespace

bool isValid(QStringView text)
{
    return !digits(text).isEmpty();
}

bool same(QStringView a, QStringView b)
{
    const QString left = digits(a);
    const QString right = digits(b);
    if (!left.isEmpty() && !right.isEmpty())
        return left == right;
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

bool isEmpty(QStringView text)
{
    return digits(text) == QString(32, u'0');
}

QString empty()
{
    return QUuid().toString(QUuid::WithoutBraces);
}

QString fresh()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace RestGate::Guid
