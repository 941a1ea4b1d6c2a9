#pragma once

#include "core/design/variables.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace RestGate {

/// Masks secrets in what RestGate shows (result panel, CLI text/JSON/JUnit, history, callback report). The rule:
///  - where RestGate put a secret itself — a `$(secret)` expanded into the URL, a header, the body or the success
///    criteria, and the Authorization value — the whole value is masked, however short it is;
///  - anywhere else (the response body and headers, messages, the server log) an exact occurrence of a secret is
///    masked only when the secret is at least minimumOccurrenceLength characters long, so a one-letter password
///    never turns "http://" into "htt••••://".
/// A site (a text RestGate built around a secret, e.g. the request URL) that shows up whole inside a message is
/// replaced by its masked form, which covers short secrets in messages that quote the URL or the criteria.
class Redactor
{
public:
    static constexpr qsizetype minimumOccurrenceLength = 4;

    /// "••••": one mark per masked value, whatever its length.
    static QString mark();
    /// `text` with every span replaced by one mark; overlapping or adjacent spans become a single mark.
    ///     masked("a=s3cret&b=1", {{2, 6}})   -> "a=••••&b=1"
    static QString masked(const QString &text, QList<SecretSpan> spans);
    /// `spans` of a text, moved to a window [start, start + length) of it and clipped to that window.
    static QList<SecretSpan> clipped(const QList<SecretSpan> &spans, qsizetype start, qsizetype length);

    /// A text built around a secret and its masked form. Only used when `clear` is long enough to be recognised.
    void addSite(const QString &clear, const QString &shown);
    /// A secret value, masked wherever it occurs (as is, percent-encoded, JSON-escaped) when long enough.
    void addSecret(const QString &value);
    void merge(const Redactor &other);

    bool isEmpty() const { return m_sites.isEmpty() && m_secrets.isEmpty(); }
    QString apply(const QString &text) const;
    QStringList apply(QStringList texts) const;
    /// For bodies (UTF-8). Returns `bytes` itself, still shared, when nothing was masked.
    QByteArray apply(const QByteArray &bytes) const;

private:
    /// (clear, shown) pairs to replace, longest clear text first: sites, then every form of every secret.
    QList<QPair<QString, QString>> replacements() const;

    QList<QPair<QString, QString>> m_sites;
    QStringList m_secrets;
};

} // namespace RestGate
