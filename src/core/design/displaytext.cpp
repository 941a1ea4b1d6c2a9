#include "core/design/displaytext.h"

#include <QCoreApplication>

namespace RestGate {

QLocale shownLocale()
{
    //: The code of this catalogue's language (de, fr, ja): numbers in messages are written the way it writes them.
    const QLocale language(QCoreApplication::translate("RestGate::DisplayText", "en"));
    QLocale locale = QLocale().language() == language.language() ? QLocale() : language;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

DisplayText DisplayText::translate(const char *context, const char *source)
{
    return {QString::fromUtf8(source), QCoreApplication::translate(context, source)};
}

DisplayText DisplayText::arg(const QString &a) const
{
    return {english.arg(a), shown.arg(a)};
}

DisplayText DisplayText::arg(const QString &a, const QString &b) const
{
    return {english.arg(a, b), shown.arg(a, b)};
}

DisplayText DisplayText::arg(const QString &a, const QString &b, const QString &c) const
{
    return {english.arg(a, b, c), shown.arg(a, b, c)};
}

DisplayText DisplayText::arg(const DisplayText &a) const
{
    return {english.arg(a.english), shown.arg(a.shown)};
}

DisplayText DisplayText::arg(const DisplayText &a, const DisplayText &b) const
{
    return {english.arg(a.english, b.english), shown.arg(a.shown, b.shown)};
}

DisplayText DisplayText::arg(qint64 number) const
{
    return {english.arg(number), shown.arg(shownLocale().toString(number))};
}

DisplayText DisplayText::arg(double number) const
{
    return {english.arg(number), shown.arg(shownLocale().toString(number, 'g', 6))};
}

} // namespace RestGate
