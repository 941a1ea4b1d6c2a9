#pragma once

#include "core/request/preparedrequest.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QTimer>

namespace RestGate::TestSupport {

/// What httpbin's /anything saw of a request.
struct Echo
{
    int status = 0;
    QJsonObject json;
    QString error;
};

/// Sends a prepared request the way TaskRun does (QNetworkAccessManager, raw headers, the same verbs).
inline Echo sendWithQt(const PreparedRequest &prepared)
{
    QNetworkAccessManager network;
    QNetworkRequest request {QUrl(prepared.url)};
    for (const auto &[name, value] : prepared.headers)
        request.setRawHeader(name.toUtf8(), value.toUtf8());
    const QByteArray verb = prepared.method.toLatin1();
    QNetworkReply *reply = nullptr;
    if (verb == "GET" && !prepared.hasBody)
        reply = network.get(request);
    else if (verb == "HEAD" && !prepared.hasBody)
        reply = network.head(request);
    else
        reply = network.sendCustomRequest(request, verb, prepared.body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Echo echo;
    echo.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    echo.json = QJsonDocument::fromJson(body).object();
    if (reply->error() != QNetworkReply::NoError)
        echo.error = reply->errorString();
    delete reply;
    return echo;
}

/// Runs a shell command line (a curl command) with `shell` and reads httpbin's echo from its output.
inline Echo runWithShell(const QString &commandLine, const QProcessEnvironment &environment,
                         const QString &shell = QStringLiteral("/bin/sh"))
{
    QProcess process;
    process.setProcessEnvironment(environment);
    // -s -w: no progress meter, and the status code on a last line of its own.
    process.start(shell, {QStringLiteral("-c"), commandLine + QStringLiteral(" -s -w '\\n%{http_code}'")});
    Echo echo;
    if (!process.waitForFinished(30000)) {
        echo.error = QStringLiteral("curl did not finish");
        return echo;
    }
    QByteArray out = process.readAllStandardOutput();
    const qsizetype lastLine = out.lastIndexOf('\n');
    echo.status = out.mid(lastLine + 1).trimmed().toInt();
    out.truncate(lastLine < 0 ? 0 : lastLine);
    echo.json = QJsonDocument::fromJson(out).object();
    if (process.exitCode() != 0)
        echo.error = QString::fromUtf8(process.readAllStandardError());
    return echo;
}

/// The echo without what each client adds on its own (its name, what it accepts, connection handling) and without
/// what differs between any two requests (the client's address).
inline QJsonObject comparable(QJsonObject echo)
{
    echo.remove(QStringLiteral("origin"));
    QJsonObject headers = echo.value(QStringLiteral("headers")).toObject();
    for (const char *name :
         {"User-Agent", "Accept", "Host", "Content-Length", "Accept-Encoding", "Accept-Language", "Connection"}) {
        headers.remove(QLatin1String(name));
    }
    echo.insert(QStringLiteral("headers"), headers);
    return echo;
}

} // namespace RestGate::TestSupport
