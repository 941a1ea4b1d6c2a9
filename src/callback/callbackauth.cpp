#include "callback/callbackauth.h"

namespace RestGate {

namespace {

QString howToAuthenticate()
{
    return QStringLiteral("send `Authorization: Basic base64(\":\" + AuthToken)` (any user name, the AuthToken as the "
                          "password) or `Authorization: Bearer <AuthToken>`, with the AuthToken header the task sent");
}

/// " (it is the PlanId)" when @p value is one of the plan's other values.
QString mixUp(const QString &value, const PlanContext &plan)
{
    const QString name = plan.nameOf(value);
    if (name.isEmpty() || name == QLatin1String("AuthToken"))
        return QString();
    return QStringLiteral(" (it is the %1)").arg(name);
}

AuthCheck checkBasic(const QByteArray &credentials, const PlanContext &plan)
{
    AuthCheck check {AuthOutcome::Malformed, QStringLiteral("Basic"), QString()};
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
    if (credentials.isEmpty() || !decoded) {
        check.text = QStringLiteral("The Basic credentials are not valid base64, so there is no token to check: ")
            + howToAuthenticate() + u'.';
        return check;
    }
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        check.text = text == plan.accessToken
            ? QStringLiteral("The Basic credentials are the bare AuthToken; Basic needs \"user:password\", so encode "
                             "\":\" + AuthToken (an empty user name and the token as the password).")
            : QStringLiteral("The Basic credentials decode to text without ':'; ") + howToAuthenticate() + u'.';
        return check;
    }
    const QString user = text.left(colon);
    const QString password = text.mid(colon + 1);
    if (password == plan.accessToken) {
        check.outcome = AuthOutcome::Accepted;
        check.text = user.isEmpty()
            ? QStringLiteral("Basic authentication with an empty user name and the AuthToken as the password.")
            : QStringLiteral("Basic authentication with the AuthToken as the password (the user name \"%1\" is "
                             "ignored).")
                  .arg(user);
        return check;
    }
    check.outcome = AuthOutcome::WrongToken;
    if (user == plan.accessToken && password.isEmpty()) {
        check.text = QStringLiteral("The AuthToken is in the user-name part of the Basic credentials "
                                    "(base64(token + \":\")); Azure DevOps reads the password: encode \":\" + "
                                    "AuthToken instead.");
    } else if (password.isEmpty()) {
        check.text = QStringLiteral("The Basic credentials have no password; the AuthToken must be the password: ")
            + howToAuthenticate() + u'.';
    } else {
        check.text = QStringLiteral("The Basic password is not this run's AuthToken%1; ").arg(mixUp(password, plan))
            + howToAuthenticate() + u'.';
    }
    return check;
}

AuthCheck checkBearer(const QByteArray &token, const PlanContext &plan)
{
    AuthCheck check {AuthOutcome::WrongToken, QStringLiteral("Bearer"), QString()};
    const QString text = QString::fromUtf8(token);
    if (text == plan.accessToken) {
        check.outcome = AuthOutcome::Accepted;
        check.text = QStringLiteral("Bearer authentication with the AuthToken.");
        return check;
    }
    if (text.isEmpty()) {
        check.outcome = AuthOutcome::Malformed;
        check.text = QStringLiteral("The Bearer header has no token: send `Authorization: Bearer <AuthToken>`.");
        return check;
    }
    // A common slip: Basic-style credentials put behind the Bearer scheme.
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(token, QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && QString::fromUtf8(*decoded).endsWith(u':' + plan.accessToken)) {
        check.text = QStringLiteral("The Bearer token is base64(\":\" + AuthToken), the Basic form: send the AuthToken "
                                    "itself after Bearer, or use the Basic scheme.");
        return check;
    }
    check.text = QStringLiteral("The Bearer token is not this run's AuthToken%1; ").arg(mixUp(text, plan))
        + howToAuthenticate() + u'.';
    return check;
}

} // namespace

AuthCheck checkAuthorization(bool present, const QByteArray &value, const PlanContext &plan)
{
    const QByteArray header = value.trimmed();
    if (!present) {
        return {
            AuthOutcome::Missing, QString(),
            QStringLiteral("No Authorization header, so Azure DevOps rejects the request (401, or a 302 redirect to "
                           "its sign-in page): ")
                + howToAuthenticate() + u'.'};
    }
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = space < 0 ? header : header.left(space);
    const QByteArray rest = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme.compare("Basic", Qt::CaseInsensitive) == 0)
        return checkBasic(rest, plan);
    if (scheme.compare("Bearer", Qt::CaseInsensitive) == 0)
        return checkBearer(rest, plan);

    AuthCheck check {AuthOutcome::Malformed, QString::fromLatin1(scheme), QString()};
    if (header.isEmpty()) {
        check.text = QStringLiteral("The Authorization header is empty: ") + howToAuthenticate() + u'.';
    } else if (QString::fromUtf8(header) == plan.accessToken) {
        check.scheme.clear();
        check.text = QStringLiteral("The Authorization header is the bare AuthToken without a scheme: write "
                                    "`Bearer <AuthToken>`, or use Basic with base64(\":\" + AuthToken).");
    } else {
        check.text = QStringLiteral("The Authorization scheme \"%1\" is not accepted for the job token: ")
                         .arg(QString::fromLatin1(scheme.left(40)))
            + howToAuthenticate() + u'.';
    }
    return check;
}

} // namespace RestGate
