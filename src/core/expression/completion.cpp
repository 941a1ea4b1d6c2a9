#include "core/expression/completion.h"

#include "core/expression/functions.h"
#include "core/expression/value.h"

#include <deque>

namespace RestGate::Expression {

QString quoteLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

QString rootPath(const QList<Json::PathStep> &steps)
{
    QString path = QString::fromUtf16(rootName);
    for (const Json::PathStep &step : steps) {
        if (step.index >= 0)
            path += u'[' + QString::number(step.index) + u']';
        else
            path += u'[' + quoteLiteral(step.key) + u']';
    }
    return path;
}

QList<RootPath> rootPaths(const Json::Document &document, const RootPathOptions &options)
{
    QList<RootPath> paths;
    const Json::Value root = document.root();
    if (!root.isValid())
        return paths;
    std::deque<std::pair<Json::Value, QString>> queue;
    queue.emplace_back(root, QString::fromUtf16(rootName));
    while (!queue.empty() && paths.size() < options.limit) {
        const auto [value, path] = queue.front();
        queue.pop_front();
        const auto visit = [&](const Json::Value &child, const QString &childPath) {
            if (paths.size() >= options.limit)
                return false;
            paths.append(RootPath {childPath, child});
            if (child.isArray() || child.isObject())
                queue.emplace_back(child, childPath);
            return true;
        };
        if (value.isObject()) {
            for (const Json::Member &member : Json::uniqueMembers(value)) {
                if (!visit(member.value(), path + u'[' + quoteLiteral(member.name()) + u']'))
                    break;
            }
        } else if (value.isArray()) {
            int index = 0;
            for (const Json::Value element : value.elements()) {
                if (index >= options.maxArrayElements || !visit(element, path + u'[' + QString::number(index) + u']'))
                    break;
                ++index;
            }
        }
    }
    return paths;
}

QString criteriaFor(const Json::Document &document, const Json::Value &value)
{
    if (!value.isValid() || value.documentData() != document.root().documentData())
        return {};
    const QString path = rootPath(document.pathTo(value));
    switch (value.kind()) {
    case Json::Kind::String:
        return QStringLiteral("eq(%1, %2)").arg(path, quoteLiteral(value.toString()));
    case Json::Kind::Boolean:
        return QStringLiteral("eq(%1, %2)")
            .arg(path, value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case Json::Kind::Null:
        return QStringLiteral("eq(%1, '')").arg(path);
    case Json::Kind::Number:
        try {
            // The literal is the decimal the engine reads from the body, written out in full.
            return QStringLiteral("eq(%1, %2)").arg(path, Value::fromJson(value).number().toExactString());
        } catch (const EvaluationError &) {
            return {};
        }
    case Json::Kind::Array:
        return QStringLiteral("eq(count(%1), %2)").arg(path).arg(value.size());
    case Json::Kind::Object:
        return QStringLiteral("eq(count(%1), %2)").arg(path).arg(Json::uniqueMembers(value).size());
    case Json::Kind::Undefined:
        break;
    }
    return {};
}

} // namespace RestGate::Expression
