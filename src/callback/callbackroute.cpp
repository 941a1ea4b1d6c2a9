#include "callback/callbackroute.h"

#include <QUrl>

namespace RestGate {

namespace {

bool same(const QString &segment, QLatin1String literal)
{
    return segment.compare(literal, Qt::CaseInsensitive) == 0;
}

QStringList segmentsOf(QStringView path)
{
    QStringList segments;
    for (const QStringView segment : path.split(u'/', Qt::SkipEmptyParts))
        segments.append(QUrl::fromPercentEncoding(segment.toUtf8()));
    return segments;
}

} // namespace

CallbackRoute CallbackRoute::parse(QStringView path, QStringView collectionPath)
{
    CallbackRoute route;

    const qsizetype doubled = path.indexOf(QLatin1String("//"));
    if (doubled >= 0) {
        qsizetype end = doubled + 2;
        while (end < path.size() && path[end] == u'/')
            ++end;
        const qsizetype next = path.indexOf(u'/', end);
        route.doubledSlash = path.mid(doubled, (next < 0 ? path.size() : next) - doubled).toString();
    }

    QStringList segments = segmentsOf(path);
    qsizetype apis = -1;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (same(segments[i], QLatin1String("_apis"))) {
            apis = i;
            break;
        }
    }
    if (apis < 0)
        return route;

    // What comes before `_apis` is [collection path] [extra segments] projectId.
    QStringList before = segments.mid(0, apis);
    const QStringList collection = segmentsOf(collectionPath);
    bool carriesCollection = !collection.isEmpty() && before.size() >= collection.size();
    for (qsizetype i = 0; carriesCollection && i < collection.size(); ++i)
        carriesCollection = before[i].compare(collection[i], Qt::CaseInsensitive) == 0;
    if (carriesCollection)
        before = before.mid(collection.size());
    if (before.isEmpty()) {
        route.missingProject = true;
    } else {
        route.projectId = before.takeLast();
        route.extraPrefix = before;
    }

    // _apis / distributedtask / hubs / {hub} / plans / {plan} / rest…
    const QStringList after = segments.mid(apis + 1);
    if (after.size() < 5 || !same(after[0], QLatin1String("distributedtask")) || !same(after[1], QLatin1String("hubs"))
        || !same(after[3], QLatin1String("plans")))
        return route;
    route.underApis = true;
    route.hubName = after[2];
    route.planId = after[4];
    const QStringList rest = after.mid(5);

    if (rest.size() == 1 && same(rest[0], QLatin1String("events"))) {
        route.endpoint = Endpoint::Events;
    } else if (rest.size() == 1 && same(rest[0], QLatin1String("logs"))) {
        route.endpoint = Endpoint::Logs;
    } else if (rest.size() == 2 && same(rest[0], QLatin1String("logs"))) {
        route.endpoint = Endpoint::Log;
        route.logId = rest[1];
    } else if (rest.size() == 3 && same(rest[0], QLatin1String("timelines"))
               && same(rest[2], QLatin1String("records"))) {
        route.endpoint = Endpoint::Records;
        route.timelineId = rest[1];
    } else if (rest.size() == 5 && same(rest[0], QLatin1String("timelines")) && same(rest[2], QLatin1String("records"))
               && same(rest[4], QLatin1String("feed"))) {
        route.endpoint = Endpoint::Feed;
        route.timelineId = rest[1];
        route.recordId = rest[3];
    }
    return route;
}

QString CallbackRoute::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Unknown:
        return QStringLiteral("unknown");
    case Endpoint::Events:
        return QStringLiteral("events");
    case Endpoint::Feed:
        return QStringLiteral("feed");
    case Endpoint::Logs:
        return QStringLiteral("logs");
    case Endpoint::Log:
        return QStringLiteral("log");
    case Endpoint::Records:
        return QStringLiteral("records");
    }
    return QString();
}

} // namespace RestGate
