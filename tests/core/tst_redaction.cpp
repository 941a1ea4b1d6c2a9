// The masking rule (Redactor) and the display-safe copy of a run: a secret is masked whole where RestGate placed
// it, however short; elsewhere only exact occurrences of secrets at least four characters long are.
#include "core/request/preparedrequest.h"
#include "core/request/redaction.h"
#include "core/result/criteriajudge.h"
#include "core/result/runresult.h"

#include <QTest>

using namespace RestGate;

namespace {

ServiceConnection generic(const QString &username = QStringLiteral("u"))
{
    return ServiceConnection::create(QStringLiteral("api"), ServiceConnection::Type::Generic,
                                     QStringLiteral("http://h/"), username);
}

TaskConfig postTask(const QString &suffix, const QString &headers, const QString &body)
{
    TaskConfig task;
    task.setInput(QStringLiteral("serviceConnection"), QStringLiteral("api"));
    task.setInput(QStringLiteral("method"), QStringLiteral("POST"));
    task.setInput(QStringLiteral("urlSuffix"), suffix);
    task.setInput(QStringLiteral("headers"), headers);
    task.setInput(QStringLiteral("body"), body);
    return task;
}

/// A run that got `body` back with `status`, judged with `criteria` under `variables`.
RunResult answered(const PreparedRequest &request, const QByteArray &body, const QString &criteria,
                   const VariableSet &variables)
{
    RunResult result;
    result.request = request;
    result.status = 200;
    result.reasonPhrase = QStringLiteral("OK");
    result.body = body;
    result.log = RunResult::serverLog(request.method, request.url, 200, QString::fromUtf8(body));
    CriteriaJudge::applyVerdict(&result, CriteriaJudge::evaluate(criteria, variables, body, false));
    return result;
}

QString everything(const RunResult &shown)
{
    QString text = shown.request.url + u'\n';
    for (const auto &[name, value] : shown.request.headers)
        text += name + QStringLiteral(": ") + value + u'\n';
    text += QString::fromUtf8(shown.request.body) + u'\n' + shown.reasons.join(u'\n') + u'\n' + shown.log + u'\n'
        + QString::fromUtf8(shown.body) + u'\n' + shown.errorString;
    if (shown.criteria) {
        text += shown.criteria->expression + shown.criteria->message + shown.criteria->detail
            + CriteriaJudge::traceText(*shown.criteria);
        for (const Expression::TraceNode &node : shown.criteria->trace.nodes)
            text += node.text + node.value + node.error;
    }
    return text;
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masked_replacesTheSpansOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<SecretSpan>>("spans");
        QTest::addColumn<QString>("shown");
        QTest::addRow("none") << "http://p" << QList<SecretSpan> {} << "http://p";
        QTest::addRow("one letter") << "http://h/?k=p&t=application/json" << QList<SecretSpan> {{12, 1}}
                                    << "http://h/?k=••••&t=application/json";
        QTest::addRow("side by side is one mark") << "a=xy;" << QList<SecretSpan> {{3, 1}, {2, 1}} << "a=••••;";
        QTest::addRow("overlapping") << "abcdef" << QList<SecretSpan> {{1, 3}, {2, 3}} << "a••••f";
        QTest::addRow("past the end is clipped") << "abc" << QList<SecretSpan> {{2, 9}} << "ab••••";
    }
    void masked_replacesTheSpansOnly()
    {
        QFETCH(QString, text);
        QFETCH(QList<SecretSpan>, spans);
        QFETCH(QString, shown);
        QCOMPARE(Redactor::masked(text, spans), shown);
    }

    void expansion_recordsWhereSecretsWerePut()
    {
        VariableSet variables;
        variables.set(QStringLiteral("pw"), QStringLiteral("p"), true);
        variables.set(QStringLiteral("plain"), QStringLiteral("pp"));
        const Expansion expansion =
            MacroExpander(variables).expand(QStringLiteral("http://$(plain)/$(PW)?x=$(pw)$(nope)"));
        QCOMPARE(expansion.text, QStringLiteral("http://pp/p?x=p$(nope)"));
        QCOMPARE(expansion.secretSpans, (QList<SecretSpan> {{10, 1}, {14, 1}}));
    }

    void occurrences_needFourCharacters()
    {
        Redactor redactor;
        redactor.addSecret(QStringLiteral("p"));
        redactor.addSecret(QStringLiteral("s3cr"));
        QCOMPARE(redactor.apply(QStringLiteral("http://x/s3cr application/json")),
                 QStringLiteral("http://x/•••• application/json"));
        // As a server echoes it: percent-encoded, or escaped inside a JSON string.
        Redactor quoted;
        quoted.addSecret(QStringLiteral("a\"b c"));
        QCOMPARE(quoted.apply(QStringLiteral("{\"k\":\"a\\\"b c\"} ?q=a%22b%20c")),
                 QStringLiteral("{\"k\":\"••••\"} ?q=••••"));
        const QByteArray untouched = QByteArrayLiteral("{\"nothing\":\"here\"}");
        QVERIFY(quoted.apply(untouched).isSharedWith(untouched));
    }

    void shortPassword_masksTheCredentialNotTheText()
    {
        const ServiceConnection connection = generic();
        PreparedRequest request;
        QList<Finding> findings;
        QVERIFY(RequestBuilder::build(postTask(QStringLiteral("apply?kind=json"),
                                               QStringLiteral("{\"Content-Type\":\"application/json\"}"),
                                               QStringLiteral("{\"op\":\"apply\"}")),
                                      &connection, {QStringLiteral("p"), true}, VariableSet(), &request, &findings));
        const RunResult shown = answered(request, "{\"path\":\"/apply\"}", {}, {}).displaySafe();
        QCOMPARE(shown.request.url, QStringLiteral("http://h/apply?kind=json"));
        QCOMPARE(shown.request.headers,
                 (QList<QPair<QString, QString>> {{QStringLiteral("Content-Type"), QStringLiteral("application/json")},
                                                  {QStringLiteral("Authorization"), QStringLiteral("Basic ••••")}}));
        QCOMPARE(shown.request.body, QByteArray("{\"op\":\"apply\"}"));
        QVERIFY2(shown.log.startsWith(QStringLiteral("POST http://h/apply?kind=json\n")), qPrintable(shown.log));
        QVERIFY(shown.log.contains(QStringLiteral("{\"path\":\"/apply\"}")));
        QVERIFY(shown.request.secrets.isEmpty());
        QVERIFY(!everything(shown).contains(QString::fromLatin1(QByteArray("u:p").toBase64())));
    }

    void shortSecretVariable_isMaskedWhereItWasPut()
    {
        VariableSet variables;
        variables.set(QStringLiteral("pin"), QStringLiteral("7"), true);
        const ServiceConnection connection = generic();
        PreparedRequest request;
        QList<Finding> findings;
        QVERIFY(RequestBuilder::build(postTask(QStringLiteral("unlock/$(pin)?v=7"),
                                               QStringLiteral("{\"X-Pin\":\"$(pin)\",\"X-Count\":\"7\"}"),
                                               QStringLiteral("{\"pin\":\"$(pin)\",\"tries\":7}")),
                                      &connection, {}, variables, &request, &findings));
        QCOMPARE(request.url, QStringLiteral("http://h/unlock/7?v=7"));
        const RunResult shown =
            answered(request, "{\"ok\":true}", QStringLiteral("eq('$(pin)', '7')"), variables).displaySafe();
        QCOMPARE(shown.request.url, QStringLiteral("http://h/unlock/••••?v=7"));
        QCOMPARE(shown.request.headers.at(0).second, Redactor::mark());
        QCOMPARE(shown.request.headers.at(1).second, QStringLiteral("7"));
        QCOMPARE(shown.request.body, QStringLiteral("{\"pin\":\"••••\",\"tries\":7}").toUtf8());
        QVERIFY2(shown.log.startsWith(QStringLiteral("POST http://h/unlock/••••?v=7")), qPrintable(shown.log));
        QVERIFY(shown.criteria);
        QCOMPARE(shown.criteria->expression, QStringLiteral("eq('••••', '7')"));
        QVERIFY2(shown.reasons.contains(QStringLiteral("Success criteria eq('••••', '7') is true.")),
                 qPrintable(shown.reasons.join(u'\n')));
        for (const Expression::TraceNode &node : shown.criteria->trace.nodes) {
            if (node.text.contains(Redactor::mark()) && node.kind == QLatin1String("String"))
                QCOMPARE(node.value, QStringLiteral("'••••'"));
        }
    }

    void secretOnlyInTheCriteria_isMaskedEverywhereTheCriteriaShows()
    {
        const QString secret = QStringLiteral("Cr1teria-0nly-Secret");
        VariableSet variables;
        variables.set(QStringLiteral("expected"), secret, true);
        const ServiceConnection connection = generic();
        PreparedRequest request;
        QList<Finding> findings;
        QVERIFY(RequestBuilder::build(postTask(QStringLiteral("x"), {}, {}), &connection, {}, variables, &request,
                                      &findings));
        QVERIFY(request.secrets.isEmpty()); // the request itself holds none of it
        for (const QString &criteria :
             {QStringLiteral("eq(root['token'], '$(expected)')"), QStringLiteral("eq(lower('$(expected)'), 1"),
              QStringLiteral("gt(root['n'], '$(expected)')")}) {
            const RunResult result = answered(request, "{\"token\":\"other\",\"n\":1}", criteria, variables);
            QVERIFY(everything(result).contains(secret)); // so the check below proves something
            const QString shown = everything(result.displaySafe());
            QVERIFY2(!shown.contains(secret), qPrintable(shown));
            QVERIFY2(!shown.contains(secret.toLower()), qPrintable(shown));
            QVERIFY2(shown.contains(Redactor::mark()), qPrintable(shown));
        }
    }

    void secretEchoedInTheBody_isMaskedWhenLongEnough()
    {
        VariableSet variables;
        variables.set(QStringLiteral("apiKey"), QStringLiteral("k3y/Value"), true);
        variables.set(QStringLiteral("pin"), QStringLiteral("p"), true);
        const ServiceConnection connection = generic();
        PreparedRequest request;
        QList<Finding> findings;
        QVERIFY(
            RequestBuilder::build(postTask(QStringLiteral("anything"),
                                           QStringLiteral("{\"X-Api-Key\":\"$(apiKey)\",\"X-Pin\":\"$(pin)\"}"), {}),
                                  &connection, {}, variables, &request, &findings));
        const QByteArray echo = "{\"headers\":{\"X-Api-Key\":\"k3y/Value\",\"X-Pin\":\"p\"},"
                                "\"url\":\"http://h/anything\",\"json\":\"application/json\"}";
        const RunResult shown =
            answered(request, echo, QStringLiteral("eq(root['headers']['X-Pin'], 'p')"), variables).displaySafe();
        QCOMPARE(shown.body,
                 QByteArray("{\"headers\":{\"X-Api-Key\":\"••••\",\"X-Pin\":\"p\"},"
                            "\"url\":\"http://h/anything\",\"json\":\"application/json\"}"));
        QVERIFY(shown.passed());
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
