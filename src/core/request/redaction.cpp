#include "core/request/redaction.h"

#include <QUrl>

#include <algorithm>
#include <cstring>

namespace RestGate {

QString Redactor::mark()
{
    return QStringLiteral("••••");
}

QString Redactor::masked(const QString &text, QList<SecretSpan> spans)
{
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end(), [](const SecretSpan &a, const SecretSpan &b) { return a.start < b.start; });
    // Overlapping or touching spans merge: two secrets side by side show as one mark, not as how many there were.
    QList<SecretSpan> merged;
    for (const SecretSpan &span : std::as_const(spans)) {
        const qsizetype start = std::clamp<qsizetype>(span.start, 0, text.size());
        const qsizetype end = std::clamp<qsizetype>(span.start + span.length, start, text.size());
        if (end <= start)
            continue;
        if (!merged.isEmpty() && start <= merged.last().start + merged.last().length)
            merged.last().length = std::max(merged.last().start + merged.last().length, end) - merged.last().start;
        else
            merged.append(SecretSpan {start, end - start});
    }
    QString result;
    qsizetype copied = 0;
    for (const SecretSpan &span : std::as_const(merged)) {
        result += QStringView(text).mid(copied, span.start - copied);
        result += mark();
        copied = span.start + span.length;
    }
    result += QStringView(text).mid(copied);
    return result;
}

QList<SecretSpan> Redactor::clipped(const QList<SecretSpan> &spans, qsizetype start, qsizetype length)
{
    QList<SecretSpan> result;
    for (const SecretSpan &span : spans) {
        const qsizetype from = std::max(span.start, start);
        const qsizetype to = std::min(span.start + span.length, start + length);
        if (to > from)
            result.append(SecretSpan {from - start, to - from});
    }
    return result;
}

void Redactor::addSite(const QString &clear, const QString &shown)
{
    if (clear.size() >= minimumOccurrenceLength && clear != shown && !m_sites.contains(qMakePair(clear, shown)))
        m_sites.append({clear, shown});
}

void Redactor::addSecret(const QString &value)
{
    if (value.size() >= minimumOccurrenceLength && !m_secrets.contains(value))
        m_secrets.append(value);
}

void Redactor::merge(const Redactor &other)
{
    for (const auto &[clear, shown] : other.m_sites)
        addSite(clear, shown);
    for (const QString &secret : other.m_secrets)
        addSecret(secret);
}

static QString jsonEscaped(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            escaped += u'\\' + QString(c);
        else if (c == u'\n')
            escaped += QStringLiteral("\\n");
        else if (c == u'\t')
            escaped += QStringLiteral("\\t");
        else if (c == u'\r')
            escaped += QStringLiteral("\\r");
        else
            escaped += c;
    }
    return escaped;
}

QList<QPair<QString, QString>> Redactor::replacements() const
{
    QList<QPair<QString, QString>> all = m_sites;
    for (const QString &secret : m_secrets) {
        // The forms a server echoes a value in: as sent, percent-encoded (URLs, forms), escaped inside JSON.
        for (const QString &form :
             {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)), jsonEscaped(secret)}) {
            if (!std::any_of(all.cbegin(), all.cend(), [&form](const auto &pair) { return pair.first == form; }))
                all.append({form, mark()});
        }
    }
    // Longest first, so a site or secret that contains another is replaced whole.
    std::stable_sort(all.begin(), all.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return all;
}

namespace {

qsizetype find(const QString &text, const QString &what, qsizetype from)
{
    return text.indexOf(what, from);
}

qsizetype find(const QByteArray &bytes, const QByteArray &what, qsizetype from)
{
#if defined(__GLIBC__) || defined(__APPLE__)
    // Bodies are big and secrets share letters with JSON text: on a 50 MB body glibc's memmem took 64 ms where
    // Qt 6.4's QByteArray::indexOf took 1.9 s.
    const void *at =
        memmem(bytes.constData() + from, size_t(bytes.size() - from), what.constData(), size_t(what.size()));
    return at ? static_cast<const char *>(at) - bytes.constData() : -1;
#else
    return bytes.indexOf(what, from);
#endif
}

/// Replaces every occurrence of every `clear` text (longest first where two start at the same place) in one pass
/// over `text`: a 50 MB body is searched once per pattern and copied at most once.
template<typename Text> Text replaceAll(const Text &text, const QList<QPair<Text, Text>> &pairs)
{
    struct Hit
    {
        qsizetype at;
        qsizetype pair;
    };
    QList<Hit> hits;
    for (qsizetype pair = 0; pair < pairs.size(); ++pair) {
        const Text &clear = pairs.at(pair).first;
        for (qsizetype at = find(text, clear, 0); at >= 0; at = find(text, clear, at + clear.size()))
            hits.append(Hit {at, pair});
    }
    if (hits.isEmpty())
        return text;
    // `pairs` is sorted longest first, so at one position the longer text wins.
    std::sort(hits.begin(), hits.end(),
              [](const Hit &a, const Hit &b) { return a.at != b.at ? a.at < b.at : a.pair < b.pair; });
    // Hits inside a text already replaced are dropped; the rest size the result, which is then filled in one go.
    QList<Hit> kept;
    qsizetype size = text.size();
    qsizetype covered = 0;
    for (const Hit &hit : std::as_const(hits)) {
        if (hit.at < covered)
            continue;
        kept.append(hit);
        size += pairs.at(hit.pair).second.size() - pairs.at(hit.pair).first.size();
        covered = hit.at + pairs.at(hit.pair).first.size();
    }
    Text result(size, Qt::Uninitialized);
    auto *out = result.data();
    const auto *in = text.constData();
    qsizetype copied = 0;
    for (const Hit &hit : std::as_const(kept)) {
        out = std::copy(in + copied, in + hit.at, out);
        const Text &shown = pairs.at(hit.pair).second;
        out = std::copy(shown.constData(), shown.constData() + shown.size(), out);
        copied = hit.at + pairs.at(hit.pair).first.size();
    }
    std::copy(in + copied, in + text.size(), out);
    return result;
}

} // namespace

QString Redactor::apply(const QString &text) const
{
    if (isEmpty() || text.isEmpty())
        return text;
    return replaceAll(text, replacements());
}

QStringList Redactor::apply(QStringList texts) const
{
    for (QString &text : texts)
        text = apply(text);
    return texts;
}

QByteArray Redactor::apply(const QByteArray &bytes) const
{
    if (isEmpty() || bytes.isEmpty())
        return bytes;
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const auto &[clear, shown] : replacements())
        pairs.append({clear.toUtf8(), shown.toUtf8()});
    // Without a match the very same bytes come back, still shared with `bytes`.
    return replaceAll(bytes, pairs);
}

} // namespace RestGate
