#include "core/pipeline/curlimport.h"

#include "core/design/serviceconnection.h"
#include "core/design/taskdefinition.h"
#include "core/json/jsonformat.h"
#include "core/request/preparedrequest.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

namespace RestGate {

// ---- Words

static bool readAnsiC(const QString &text, qsizetype *i, QString *word, QString *error)
{
    // $'...': backslash escapes as bash's ANSI-C quoting has them.
    for (; *i < text.size(); ++*i) {
        const QChar c = text.at(*i);
        if (c == QLatin1Char('\''))
            return true;
        if (c != QLatin1Char('\\') || *i + 1 >= text.size()) {
            *word += c;
            continue;
        }
        const QChar e = text.at(++*i);
        auto hexDigits = [&](int max) {
            QString digits;
            while (digits.size() < max && *i + 1 < text.size()
                   && QStringLiteral("0123456789abcdefABCDEF").contains(text.at(*i + 1)))
                digits += text.at(++*i);
            return digits;
        };
        switch (e.unicode()) {
        case 'n':
            *word += QLatin1Char('\n');
            break;
        case 't':
            *word += QLatin1Char('\t');
            break;
        case 'r':
            *word += QLatin1Char('\r');
            break;
        case 'a':
            *word += QChar(0x07);
            break;
        case 'b':
            *word += QChar(0x08);
            break;
        case 'e':
        case 'E':
            *word += QChar(0x1b);
            break;
        case 'f':
            *word += QChar(0x0c);
            break;
        case 'v':
            *word += QChar(0x0b);
            break;
        case '\\':
        case '\'':
        case '"':
        case '?':
            *word += e;
            break;
        case 'x': {
            const QString digits = hexDigits(2);
            if (digits.isEmpty())
                *word += QStringLiteral("\\x");
            else
                *word += QChar(digits.toUShort(nullptr, 16));
            break;
        }
        case 'u':
        case 'U': {
            const QString digits = hexDigits(e == QLatin1Char('u') ? 4 : 8);
            if (digits.isEmpty()) {
                *word += QLatin1Char('\\') + e;
                break;
            }
            const char32_t code = char32_t(digits.toUInt(nullptr, 16));
            *word += QString::fromUcs4(&code, 1);
            break;
        }
        default:
            if (e >= QLatin1Char('0') && e <= QLatin1Char('7')) {
                QString digits(e);
                while (digits.size() < 3 && *i + 1 < text.size() && text.at(*i + 1) >= QLatin1Char('0')
                       && text.at(*i + 1) <= QLatin1Char('7'))
                    digits += text.at(++*i);
                *word += QChar(digits.toUShort(nullptr, 8));
            } else {
                *word += QLatin1Char('\\') + e;
            }
        }
    }
    *error = QStringLiteral("A $'...' quote is not closed.");
    return false;
}

bool CurlParser::tokenize(const QString &commandLine, QStringList *words, QString *error)
{
    QString text = commandLine;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    words->clear();
    QString word;
    bool inWord = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
            continue;
        }
        if (c == QLatin1Char('#') && !inWord) {
            while (i < text.size() && text.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= text.size())
                continue;
            const QChar next = text.at(++i);
            if (next == QLatin1Char('\n'))
                continue; // line continuation
            word += next;
            inWord = true;
            continue;
        }
        if (c == QLatin1Char('\'')) {
            const qsizetype end = text.indexOf(QLatin1Char('\''), i + 1);
            if (end < 0) {
                *error = QStringLiteral("A '...' quote is not closed.");
                return false;
            }
            word += text.mid(i + 1, end - i - 1);
            i = end;
            inWord = true;
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\'')) {
            i += 2;
            if (!readAnsiC(text, &i, &word, error))
                return false;
            inWord = true;
            continue;
        }
        if (c == QLatin1Char('"')) {
            bool closed = false;
            for (++i; i < text.size(); ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('"')) {
                    closed = true;
                    break;
                }
                if (d == QLatin1Char('\\') && i + 1 < text.size()) {
                    const QChar next = text.at(i + 1);
                    if (next == QLatin1Char('\n')) {
                        ++i;
                        continue;
                    }
                    if (QStringLiteral("$`\"\\").contains(next)) {
                        word += next;
                        ++i;
                        continue;
                    }
                }
                word += d;
            }
            if (!closed) {
                *error = QStringLiteral("A \"...\" quote is not closed.");
                return false;
            }
            inWord = true;
            continue;
        }
        word += c;
        inWord = true;
    }
    if (inWord)
        words->append(word);
    return true;
}

bool CurlParser::parse(const QString &commandLine, CurlRequest *request, QString *error)
{
    QStringList words;
    if (!tokenize(commandLine, &words, error))
        return false;
    if (!words.isEmpty() && (words.first() == QLatin1String("$") || words.first() == QLatin1String(">")))
        words.removeFirst();
    return parseArguments(words, request, error);
}

// ---- Options

namespace {

/// curl options that take a value (so the value is not mistaken for the URL).
const QSet<QString> &optionsWithValue()
{
    static const QSet<QString> options = {QStringLiteral("-A"),
                                          QStringLiteral("-b"),
                                          QStringLiteral("-c"),
                                          QStringLiteral("-C"),
                                          QStringLiteral("-d"),
                                          QStringLiteral("-D"),
                                          QStringLiteral("-e"),
                                          QStringLiteral("-E"),
                                          QStringLiteral("-F"),
                                          QStringLiteral("-H"),
                                          QStringLiteral("-K"),
                                          QStringLiteral("-m"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("-P"),
                                          QStringLiteral("-Q"),
                                          QStringLiteral("-r"),
                                          QStringLiteral("-t"),
                                          QStringLiteral("-T"),
                                          QStringLiteral("-u"),
                                          QStringLiteral("-U"),
                                          QStringLiteral("-w"),
                                          QStringLiteral("-x"),
                                          QStringLiteral("-X"),
                                          QStringLiteral("-y"),
                                          QStringLiteral("-Y"),
                                          QStringLiteral("-z"),
                                          QStringLiteral("--abstract-unix-socket"),
                                          QStringLiteral("--alt-svc"),
                                          QStringLiteral("--aws-sigv4"),
                                          QStringLiteral("--cacert"),
                                          QStringLiteral("--capath"),
                                          QStringLiteral("--cert"),
                                          QStringLiteral("--cert-type"),
                                          QStringLiteral("--ciphers"),
                                          QStringLiteral("--config"),
                                          QStringLiteral("--connect-timeout"),
                                          QStringLiteral("--connect-to"),
                                          QStringLiteral("--continue-at"),
                                          QStringLiteral("--cookie"),
                                          QStringLiteral("--cookie-jar"),
                                          QStringLiteral("--create-file-mode"),
                                          QStringLiteral("--crlfile"),
                                          QStringLiteral("--curves"),
                                          QStringLiteral("--data"),
                                          QStringLiteral("--data-ascii"),
                                          QStringLiteral("--data-binary"),
                                          QStringLiteral("--data-raw"),
                                          QStringLiteral("--data-urlencode"),
                                          QStringLiteral("--delegation"),
                                          QStringLiteral("--dns-interface"),
                                          QStringLiteral("--dns-ipv4-addr"),
                                          QStringLiteral("--dns-ipv6-addr"),
                                          QStringLiteral("--dns-servers"),
                                          QStringLiteral("--doh-url"),
                                          QStringLiteral("--dump-header"),
                                          QStringLiteral("--egd-file"),
                                          QStringLiteral("--engine"),
                                          QStringLiteral("--etag-compare"),
                                          QStringLiteral("--etag-save"),
                                          QStringLiteral("--expect100-timeout"),
                                          QStringLiteral("--form"),
                                          QStringLiteral("--form-string"),
                                          QStringLiteral("--ftp-account"),
                                          QStringLiteral("--ftp-alternative-to-user"),
                                          QStringLiteral("--ftp-method"),
                                          QStringLiteral("--ftp-port"),
                                          QStringLiteral("--ftp-ssl-ccc-mode"),
                                          QStringLiteral("--happy-eyeballs-timeout-ms"),
                                          QStringLiteral("--haproxy-clientip"),
                                          QStringLiteral("--header"),
                                          QStringLiteral("--hostpubmd5"),
                                          QStringLiteral("--hostpubsha256"),
                                          QStringLiteral("--hsts"),
                                          QStringLiteral("--interface"),
                                          QStringLiteral("--ipfs-gateway"),
                                          QStringLiteral("--json"),
                                          QStringLiteral("--keepalive-time"),
                                          QStringLiteral("--key"),
                                          QStringLiteral("--key-type"),
                                          QStringLiteral("--krb"),
                                          QStringLiteral("--libcurl"),
                                          QStringLiteral("--limit-rate"),
                                          QStringLiteral("--local-port"),
                                          QStringLiteral("--login-options"),
                                          QStringLiteral("--mail-auth"),
                                          QStringLiteral("--mail-from"),
                                          QStringLiteral("--mail-rcpt"),
                                          QStringLiteral("--max-filesize"),
                                          QStringLiteral("--max-redirs"),
                                          QStringLiteral("--max-time"),
                                          QStringLiteral("--netrc-file"),
                                          QStringLiteral("--noproxy"),
                                          QStringLiteral("--oauth2-bearer"),
                                          QStringLiteral("--output"),
                                          QStringLiteral("--output-dir"),
                                          QStringLiteral("--parallel-max"),
                                          QStringLiteral("--pass"),
                                          QStringLiteral("--pinnedpubkey"),
                                          QStringLiteral("--preproxy"),
                                          QStringLiteral("--proto"),
                                          QStringLiteral("--proto-default"),
                                          QStringLiteral("--proto-redir"),
                                          QStringLiteral("--proxy"),
                                          QStringLiteral("--proxy-cacert"),
                                          QStringLiteral("--proxy-capath"),
                                          QStringLiteral("--proxy-cert"),
                                          QStringLiteral("--proxy-cert-type"),
                                          QStringLiteral("--proxy-ciphers"),
                                          QStringLiteral("--proxy-header"),
                                          QStringLiteral("--proxy-key"),
                                          QStringLiteral("--proxy-key-type"),
                                          QStringLiteral("--proxy-pass"),
                                          QStringLiteral("--proxy-pinnedpubkey"),
                                          QStringLiteral("--proxy-service-name"),
                                          QStringLiteral("--proxy-tls13-ciphers"),
                                          QStringLiteral("--proxy-tlsauthtype"),
                                          QStringLiteral("--proxy-tlspassword"),
                                          QStringLiteral("--proxy-tlsuser"),
                                          QStringLiteral("--proxy-user"),
                                          QStringLiteral("--proxy1.0"),
                                          QStringLiteral("--pubkey"),
                                          QStringLiteral("--quote"),
                                          QStringLiteral("--random-file"),
                                          QStringLiteral("--range"),
                                          QStringLiteral("--rate"),
                                          QStringLiteral("--referer"),
                                          QStringLiteral("--request"),
                                          QStringLiteral("--request-target"),
                                          QStringLiteral("--resolve"),
                                          QStringLiteral("--retry"),
                                          QStringLiteral("--retry-delay"),
                                          QStringLiteral("--retry-max-time"),
                                          QStringLiteral("--sasl-authzid"),
                                          QStringLiteral("--service-name"),
                                          QStringLiteral("--socks4"),
                                          QStringLiteral("--socks4a"),
                                          QStringLiteral("--socks5"),
                                          QStringLiteral("--socks5-gssapi-service"),
                                          QStringLiteral("--socks5-hostname"),
                                          QStringLiteral("--speed-limit"),
                                          QStringLiteral("--speed-time"),
                                          QStringLiteral("--stderr"),
                                          QStringLiteral("--telnet-option"),
                                          QStringLiteral("--tftp-blksize"),
                                          QStringLiteral("--time-cond"),
                                          QStringLiteral("--tls-max"),
                                          QStringLiteral("--tls13-ciphers"),
                                          QStringLiteral("--tlsauthtype"),
                                          QStringLiteral("--tlspassword"),
                                          QStringLiteral("--tlsuser"),
                                          QStringLiteral("--trace"),
                                          QStringLiteral("--trace-ascii"),
                                          QStringLiteral("--trace-config"),
                                          QStringLiteral("--unix-socket"),
                                          QStringLiteral("--upload-file"),
                                          QStringLiteral("--url"),
                                          QStringLiteral("--url-query"),
                                          QStringLiteral("--user"),
                                          QStringLiteral("--user-agent"),
                                          QStringLiteral("--variable"),
                                          QStringLiteral("--write-out")};
    return options;
}

/// Options that change only what curl prints or how long it waits, not what it sends.
const QSet<QString> &outputOnlyOptions()
{
    static const QSet<QString> options = {QStringLiteral("-s"),
                                          QStringLiteral("--silent"),
                                          QStringLiteral("-S"),
                                          QStringLiteral("--show-error"),
                                          QStringLiteral("-v"),
                                          QStringLiteral("--verbose"),
                                          QStringLiteral("-i"),
                                          QStringLiteral("--include"),
                                          QStringLiteral("-o"),
                                          QStringLiteral("--output"),
                                          QStringLiteral("-O"),
                                          QStringLiteral("--remote-name"),
                                          QStringLiteral("-w"),
                                          QStringLiteral("--write-out"),
                                          QStringLiteral("-f"),
                                          QStringLiteral("--fail"),
                                          QStringLiteral("--fail-with-body"),
                                          QStringLiteral("-#"),
                                          QStringLiteral("--progress-bar"),
                                          QStringLiteral("--no-progress-meter"),
                                          QStringLiteral("-m"),
                                          QStringLiteral("--max-time"),
                                          QStringLiteral("--connect-timeout"),
                                          QStringLiteral("-D"),
                                          QStringLiteral("--dump-header"),
                                          QStringLiteral("--stderr"),
                                          QStringLiteral("--trace"),
                                          QStringLiteral("--trace-ascii"),
                                          QStringLiteral("--no-buffer"),
                                          QStringLiteral("-N"),
                                          QStringLiteral("--retry"),
                                          QStringLiteral("--raw")};
    return options;
}

const QHash<QChar, QString> &shortToLong()
{
    static const QHash<QChar, QString> map = {
        {QLatin1Char('X'), QStringLiteral("--request")},    {QLatin1Char('H'), QStringLiteral("--header")},
        {QLatin1Char('d'), QStringLiteral("--data")},       {QLatin1Char('u'), QStringLiteral("--user")},
        {QLatin1Char('G'), QStringLiteral("--get")},        {QLatin1Char('I'), QStringLiteral("--head")},
        {QLatin1Char('A'), QStringLiteral("--user-agent")}, {QLatin1Char('e'), QStringLiteral("--referer")},
        {QLatin1Char('b'), QStringLiteral("--cookie")}};
    return map;
}

} // namespace

bool CurlParser::parseArguments(const QStringList &input, CurlRequest *request, QString *error)
{
    QStringList words = input;
    if (!words.isEmpty()) {
        const QString program = QFileInfo(words.first()).fileName().toLower();
        if (program == QLatin1String("curl") || program == QLatin1String("curl.exe"))
            words.removeFirst();
    }
    CurlRequest r;
    QStringList urls;
    QString explicitMethod;
    bool head = false;
    bool get = false;
    bool json = false;
    QStringList dataParts;
    QList<QPair<QString, QString>> headers;

    // Expand "-sSL", "-XPOST", "-uuser:pw" into separate options and values.
    QList<QPair<QString, QString>> options; // (option, value) - value empty for flags; option empty = URL
    QList<bool> hasValue;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString w = words.at(i);
        auto takeValue = [&](const QString &option) -> bool {
            if (i + 1 >= words.size()) {
                *error = QStringLiteral("Option %1 needs a value.").arg(option);
                return false;
            }
            options.append({option, words.at(++i)});
            hasValue.append(true);
            return true;
        };
        if (w == QLatin1String("--")) {
            for (++i; i < words.size(); ++i) {
                options.append({QString(), words.at(i)});
                hasValue.append(true);
            }
            break;
        }
        if (w.startsWith(QLatin1String("--"))) {
            if (optionsWithValue().contains(w)) {
                if (!takeValue(w))
                    return false;
            } else {
                options.append({w, QString()});
                hasValue.append(false);
            }
            continue;
        }
        if (w.startsWith(QLatin1Char('-')) && w.size() > 1) {
            for (qsizetype k = 1; k < w.size(); ++k) {
                const QString option = QLatin1Char('-') + w.at(k);
                if (optionsWithValue().contains(option)) {
                    if (k + 1 < w.size()) {
                        options.append({option, w.mid(k + 1)});
                        hasValue.append(true);
                    } else if (!takeValue(option)) {
                        return false;
                    }
                    break;
                }
                options.append({option, QString()});
                hasValue.append(false);
            }
            continue;
        }
        options.append({QString(), w});
        hasValue.append(true);
    }

    for (qsizetype n = 0; n < options.size(); ++n) {
        QString option = options.at(n).first;
        const QString value = options.at(n).second;
        const QString original = hasValue.at(n) && !option.isEmpty() ? option + QLatin1Char(' ') + value : option;
        if (option.size() == 2 && shortToLong().contains(option.at(1)))
            option = shortToLong().value(option.at(1));
        if (option.isEmpty() || option == QLatin1String("--url")) {
            urls.append(value);
        } else if (option == QLatin1String("--request")) {
            explicitMethod = value.toUpper();
        } else if (option == QLatin1String("--header")) {
            if (value.startsWith(QLatin1Char('@'))) {
                r.unsupported.append(original + QStringLiteral(" (headers from a file)"));
                continue;
            }
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            const qsizetype semicolon = value.indexOf(QLatin1Char(';'));
            if (colon < 0 && semicolon == value.size() - 1 && semicolon > 0) {
                headers.append({value.left(semicolon).trimmed(), QString()}); // "Name;" sends an empty header
            } else if (colon > 0 && value.mid(colon + 1).trimmed().isEmpty()) {
                r.ignored.append(original + QStringLiteral(" (removes one of curl's own headers)"));
            } else if (colon > 0) {
                headers.append({value.left(colon).trimmed(), value.mid(colon + 1).trimmed()});
            } else {
                r.unsupported.append(original);
            }
        } else if (option == QLatin1String("--data") || option == QLatin1String("--data-ascii")
                   || option == QLatin1String("--data-binary") || option == QLatin1String("--data-raw")) {
            if (option != QLatin1String("--data-raw") && value.startsWith(QLatin1Char('@'))) {
                r.unsupported.append(original + QStringLiteral(" (data from a file)"));
                continue;
            }
            dataParts.append(value);
        } else if (option == QLatin1String("--data-urlencode")) {
            // name=content / =content / content are encoded; name@file / @file read a file.
            const qsizetype equals = value.indexOf(QLatin1Char('='));
            const qsizetype at = value.indexOf(QLatin1Char('@'));
            if (at >= 0 && (equals < 0 || at < equals)) {
                r.unsupported.append(original + QStringLiteral(" (data from a file)"));
                continue;
            }
            // curl encodes as a form does: unreserved characters stay, a space becomes '+', the rest %XX.
            auto encode = [](const QString &content) -> QString {
                return QString::fromLatin1(QUrl::toPercentEncoding(content))
                    .replace(QLatin1String("%20"), QLatin1String("+"));
            };
            if (equals < 0)
                dataParts.append(encode(value));
            else
                dataParts.append(value.left(equals) + (equals > 0 ? QStringLiteral("=") : QString())
                                 + encode(value.mid(equals + 1)));
        } else if (option == QLatin1String("--json")) {
            if (value.startsWith(QLatin1Char('@'))) {
                r.unsupported.append(original + QStringLiteral(" (data from a file)"));
                continue;
            }
            json = true;
            // --json pieces are joined as they are, not with '&'.
            if (!dataParts.isEmpty())
                dataParts.last() += value;
            else
                dataParts.append(value);
        } else if (option == QLatin1String("--user")) {
            r.hasUser = true;
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            r.user = colon < 0 ? value : value.left(colon);
            r.password = colon < 0 ? QString() : value.mid(colon + 1);
        } else if (option == QLatin1String("--oauth2-bearer")) {
            r.bearerToken = value;
        } else if (option == QLatin1String("--get")) {
            get = true;
        } else if (option == QLatin1String("--head")) {
            head = true;
        } else if (option == QLatin1String("--user-agent")) {
            headers.append({QStringLiteral("User-Agent"), value});
        } else if (option == QLatin1String("--referer")) {
            headers.append({QStringLiteral("Referer"), value});
        } else if (option == QLatin1String("--cookie") && value.contains(QLatin1Char('='))) {
            headers.append({QStringLiteral("Cookie"), value});
        } else if (outputOnlyOptions().contains(option)) {
            r.ignored.append(original);
        } else {
            r.unsupported.append(original);
        }
    }

    if (urls.isEmpty()) {
        *error = QStringLiteral("The curl command has no URL.");
        return false;
    }
    for (qsizetype i = 1; i < urls.size(); ++i)
        r.unsupported.append(QStringLiteral("%1 (only the first URL is imported)").arg(urls.at(i)));
    QString url = urls.first();
    if (!url.contains(QLatin1String("://")))
        url.prepend(QStringLiteral("http://")); // what curl assumes
    // user:password@host: curl sends them as Basic credentials, not as part of the URL.
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://")) + 3;
    const qsizetype authorityEnd = [&] {
        qsizetype end = url.size();
        for (const QChar c : {QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#')}) {
            const qsizetype at = url.indexOf(c, schemeEnd);
            if (at >= 0)
                end = std::min(end, at);
        }
        return end;
    }();
    const qsizetype atSign = url.lastIndexOf(QLatin1Char('@'), authorityEnd - 1);
    if (atSign >= schemeEnd) {
        const QString userInfo = url.mid(schemeEnd, atSign - schemeEnd);
        url.remove(schemeEnd, atSign - schemeEnd + 1);
        if (!r.hasUser) {
            r.hasUser = true;
            const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
            r.user = QUrl::fromPercentEncoding((colon < 0 ? userInfo : userInfo.left(colon)).toUtf8());
            r.password = colon < 0 ? QString() : QUrl::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8());
        }
    }
    const qsizetype hash = url.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        url.truncate(hash); // curl never sends a fragment

    const QString data = dataParts.join(QLatin1Char('&'));
    const bool hasData = !dataParts.isEmpty();
    if (hasData && get) {
        // curl (7.88) appends -G data through its URL parser, which writes percent-encodings in lower case.
        QString query = data;
        static const QRegularExpression escape(QStringLiteral("%[0-9A-Fa-f]{2}"));
        for (auto it = escape.globalMatch(data); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            query.replace(m.capturedStart(), 3, m.captured().toLower());
        }
        url += (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + query;
    } else if (hasData) {
        r.body = data;
        r.hasBody = true;
    }
    r.method = !explicitMethod.isEmpty() ? explicitMethod
        : head                           ? QStringLiteral("HEAD")
        : r.hasBody                      ? QStringLiteral("POST")
                                         : QStringLiteral("GET");
    r.url = url;

    auto has = [&headers](QLatin1String name) {
        for (const auto &header : std::as_const(headers)) {
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // What curl adds on its own for data, which the server would see.
    if (r.hasBody && json) {
        if (!has(QLatin1String("Content-Type")))
            headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
        if (!has(QLatin1String("Accept")))
            headers.append({QStringLiteral("Accept"), QStringLiteral("application/json")});
    } else if (r.hasBody && !has(QLatin1String("Content-Type"))) {
        headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded")});
    }
    r.headers = headers;
    *request = r;
    return true;
}

// ---- Import

QString CurlImporter::headersJson(const QList<QPair<QString, QString>> &headers)
{
    if (headers.isEmpty())
        return QString();
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(QStringLiteral("  ") + Json::quotedString(name) + QStringLiteral(": ")
                     + Json::quotedString(value));
    return QStringLiteral("{\n") + lines.join(QStringLiteral(",\n")) + QStringLiteral("\n}");
}

static QString uniqueName(const QString &wanted, const std::function<bool(const QString &)> &taken)
{
    if (!taken(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1 %2").arg(wanted).arg(i);
        if (!taken(candidate))
            return candidate;
    }
}

bool CurlImporter::import(const CurlRequest &request, const DesignDocument &document, const CurlImportOptions &options,
                          CurlImport *result, QString *error)
{
    CurlImport out;
    out.unsupported = request.unsupported;
    out.ignored = request.ignored;
    const QUrl url(request.url, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        *error = QStringLiteral("'%1' is not a URL RestGate can call.").arg(request.url);
        return false;
    }
    const QString text = request.url;
    auto sameOrigin = [&url](const QString &base) {
        const QUrl b(base, QUrl::TolerantMode);
        return b.isValid() && b.scheme().compare(url.scheme(), Qt::CaseInsensitive) == 0
            && b.host().compare(url.host(), Qt::CaseInsensitive) == 0 && b.port(-1) == url.port(-1);
    };
    // The part of `text` after `base`, such that base + suffix is the URL again: the server concatenates the two as
    // text. The scheme and host may differ in case, the path may not, and the base must end at a path boundary
    // ("/api" is not a base of "/apiary").
    //     http://host   + http://host/patch?x=1  -> /patch?x=1 (the '/' the base lacks starts the suffix)
    //     http://host/  + http://host/patch?x=1  -> patch?x=1
    auto suffixAfter = [&](const QString &base) -> std::optional<QString> {
        if (base.isEmpty() || !sameOrigin(base))
            return std::nullopt;
        const qsizetype authorityEnd = text.indexOf(QLatin1Char('/'), text.indexOf(QLatin1String("://")) + 3);
        const qsizetype baseAuthorityEnd = base.indexOf(QLatin1Char('/'), base.indexOf(QLatin1String("://")) + 3);
        const QString path = authorityEnd < 0 ? QStringLiteral("/") : text.mid(authorityEnd);
        const QString basePath = baseAuthorityEnd < 0 ? QString() : base.mid(baseAuthorityEnd);
        if (basePath.endsWith(QLatin1Char('/'))) {
            if (path.startsWith(basePath))
                return path.mid(basePath.size());
            return path + QLatin1Char('/') == basePath ? std::optional<QString>(QString()) : std::nullopt;
        }
        if (!path.startsWith(basePath))
            return std::nullopt;
        QString rest = path.mid(basePath.size());
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char('/')) && !rest.startsWith(QLatin1Char('?'))
            && !rest.startsWith(QLatin1Char('#')))
            return std::nullopt;
        // A bare "/" after a base without a path adds nothing the server would not send anyway.
        return rest == QLatin1String("/") && basePath.isEmpty() ? QString() : rest;
    };

    std::optional<QString> suffix;
    if (!options.baseUrl.isEmpty()) {
        suffix = suffixAfter(options.baseUrl);
        if (!suffix) {
            *error = QStringLiteral("The URL '%1' does not start with '%2'.").arg(text, options.baseUrl);
            return false;
        }
    }
    // Reuse the document's connection with the longest base URL that the request URL starts with.
    const ServiceConnection *reuse = nullptr;
    qsizetype reuseLength = -1;
    for (const ServiceConnection &connection : document.connections) {
        const QString base = RequestBuilder::baseUrl(connection);
        if (!options.baseUrl.isEmpty() && base != options.baseUrl)
            continue;
        if (suffixAfter(base) && base.size() > reuseLength) {
            reuse = &connection;
            reuseLength = base.size();
        }
    }
    if (reuse) {
        out.connection = *reuse;
        out.reusedConnection = true;
        suffix = suffixAfter(RequestBuilder::baseUrl(*reuse));
        if (request.hasUser && request.user != reuse->username)
            out.findings.append(
                {Finding::Severity::Warning, QString(),
                 QCoreApplication::translate("RestGate::CurlImport",
                                             "The command logs in as '%1', but the reused connection '%2' uses "
                                             "'%3'.")
                     .arg(request.user, reuse->name, reuse->username)});
    } else {
        const QString base = !options.baseUrl.isEmpty()
            ? options.baseUrl
            : url.scheme() + QStringLiteral("://") + url.adjusted(QUrl::RemoveUserInfo).authority() + QLatin1Char('/');
        if (!suffix)
            suffix = suffixAfter(base);
        out.connection.name =
            uniqueName(url.host(), [&document](const QString &name) { return document.connection(name) != nullptr; });
        out.connection.type = ServiceConnection::Type::Generic;
        out.connection.url = base;
        out.connection.username = request.user;
    }

    TaskConfig task(TaskDefinition::invokeRestApiV1());
    const QString connectionInput = ServiceConnection::inputNameForType(out.connection.type);
    if (connectionInput != QString::fromUtf16(Inputs::genericConnection))
        task.setInput(QString::fromUtf16(Inputs::connectionType), connectionInput);
    task.setInput(connectionInput, out.connection.name);
    task.setInput(QString::fromUtf16(Inputs::method), request.method);
    bool knownMethod = false;
    for (const InputOption &option : task.definition().input(QString::fromUtf16(Inputs::method))->options)
        knownMethod = knownMethod || option.value == request.method;
    if (!knownMethod)
        out.findings.append(
            {Finding::Severity::Error, QString::fromUtf16(Inputs::method),
             QCoreApplication::translate("RestGate::CurlImport", "Method %1 is not one the task offers.")
                 .arg(request.method)});

    QList<QPair<QString, QString>> headers;
    for (const auto &[name, value] : request.headers) {
        if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0) {
            const QString scheme = value.section(QLatin1Char(' '), 0, 0);
            const QString credential = value.section(QLatin1Char(' '), 1).trimmed();
            if (scheme.compare(QLatin1String("Basic"), Qt::CaseInsensitive) == 0) {
                // The connection sends Basic credentials itself.
                const QString decoded = QString::fromUtf8(QByteArray::fromBase64(credential.toLatin1()));
                const qsizetype colon = decoded.indexOf(QLatin1Char(':'));
                if (!out.reusedConnection && out.connection.username.isEmpty())
                    out.connection.username = decoded.left(colon < 0 ? decoded.size() : colon);
                out.password = colon < 0 ? QString() : decoded.mid(colon + 1);
                continue;
            }
            if (scheme.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) == 0 && request.bearerToken.isEmpty()) {
                out.token = credential;
                continue;
            }
        }
        headers.append({name, value});
    }
    if (request.hasUser)
        out.password = request.password;
    if (!request.bearerToken.isEmpty())
        out.token = request.bearerToken;
    if (!out.token.isEmpty()) {
        out.tokenVariable = QStringLiteral("apiToken");
        for (int i = 2; document.variables.contains(out.tokenVariable); ++i)
            out.tokenVariable = QStringLiteral("apiToken%1").arg(i);
        headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer $(%1)").arg(out.tokenVariable)});
        out.findings.append(
            {Finding::Severity::Warning, QString::fromUtf16(Inputs::headers),
             QCoreApplication::translate("RestGate::CurlImport",
                                         "The bearer token is not stored: the task's Authorization header uses the "
                                         "secret variable $(%1). Give it a value (%2 for the CLI).")
                 .arg(out.tokenVariable, ServiceConnection::secretEnvironmentVariable(out.tokenVariable))});
    }
    // Set even when empty: left unset, the task would send its default headers (the plan ids and AuthToken).
    task.setInput(QString::fromUtf16(Inputs::headers), headersJson(headers));
    if (request.hasBody)
        task.setInput(QString::fromUtf16(Inputs::body), request.body);
    if (!suffix->isEmpty())
        task.setInput(QString::fromUtf16(Inputs::urlSuffix), *suffix);
    const QString connectionBase = RequestBuilder::baseUrl(out.connection);
    if (!suffix->isEmpty() && !connectionBase.endsWith(QLatin1Char('/')) && suffix->startsWith(QLatin1Char('/')))
        out.findings.append(
            {Finding::Severity::Warning, QString::fromUtf16(Inputs::urlSuffix),
             QCoreApplication::translate("RestGate::CurlImport",
                                         "The connection URL '%1' has no trailing slash, so the URL suffix starts "
                                         "with '/': Azure DevOps joins them as text, to %2.")
                 .arg(connectionBase, connectionBase + *suffix)});
    for (const auto &[name, value] : std::as_const(headers)) {
        if (value.contains(QLatin1String("$(")) && !value.contains(QStringLiteral("$(%1)").arg(out.tokenVariable)))
            out.findings.append(
                {Finding::Severity::Warning, QString::fromUtf16(Inputs::headers),
                 QCoreApplication::translate("RestGate::CurlImport",
                                             "Header '%1' contains '$(': Azure DevOps expands $(name) as a "
                                             "variable.")
                     .arg(name)});
    }
    if (request.hasBody && request.body.contains(QLatin1String("$(")))
        out.findings.append(
            {Finding::Severity::Warning, QString::fromUtf16(Inputs::body),
             QCoreApplication::translate("RestGate::CurlImport",
                                         "The body contains '$(': Azure DevOps expands $(name) as a variable.")});
    bool authorizationHeader = false;
    for (const auto &header : std::as_const(headers))
        authorizationHeader =
            authorizationHeader || header.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
    if (out.connection.type == ServiceConnection::Type::Generic && out.connection.username.isEmpty()
        && out.password.isEmpty() && !authorizationHeader)
        out.findings.append(
            {Finding::Severity::Warning, QString(),
             QCoreApplication::translate("RestGate::CurlImport",
                                         "The command sends no credentials, but a Generic connection always sends "
                                         "Basic credentials: with an empty user name and password the task sends "
                                         "'Authorization: Basic Og=='.")});
    if (request.hasUser && request.password.isEmpty() && !request.user.isEmpty())
        out.findings.append(
            {Finding::Severity::Warning, QString(),
             QCoreApplication::translate("RestGate::CurlImport", "-u gives no password; curl would ask for it.")});

    if (!options.displayName.isEmpty()) {
        task.displayName = options.displayName;
    } else {
        QString path = url.path();
        if (path.isEmpty())
            path = QStringLiteral("/");
        task.displayName = request.method + QLatin1Char(' ') + url.host() + path;
    }
    out.task = task;
    *result = out;
    return true;
}

void CurlImporter::merge(DesignDocument *document, const CurlImport &imported)
{
    if (!imported.reusedConnection && !document->connection(imported.connection.name))
        document->connections.append(imported.connection);
    if (!imported.tokenVariable.isEmpty() && !document->variables.contains(imported.tokenVariable))
        document->variables.set(imported.tokenVariable, QString(), true);
    document->tasks.append(imported.task);
}

} // namespace RestGate
