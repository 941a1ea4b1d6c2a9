// Random and mutated expressions, JSONPaths and bodies: whatever the input, the engine answers (a value, a parse
// error or an evaluation error) without crashing, hanging or throwing. One run uses a fixed seed, one a seed from
// the clock (printed, so a failure can be replayed with RESTGATE_FUZZ_SEED).

#include "core/expression/completion.h"
#include "core/expression/criteriaevaluator.h"
#include "core/expression/evaluator.h"
#include "core/expression/jsonpath.h"
#include "core/expression/parser.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace RestGate;
using namespace RestGate::Expression;

namespace {

const QByteArray kBody = "{\"status\": \"successful\", \"n\": 10, \"f\": 1.5, \"t\": true, \"z\": null, \"s\": \"10\","
                         " \"items\": [1, \"two\", {\"id\": 3, \"tags\": [\"a\", \"b\"]}, [4, 5], null, false],"
                         " \"obj\": {\"a\": {\"b\": {\"c\": \"deep\"}}, \"e\": {}, \"l\": []}, \"nan\": NaN,"
                         " \"u\": undefined, \"v\": \"1.2.3\", \"Items\": [{\"price\": 40}, {\"price\": 70}]}";

const QStringList kAtoms = {
    QStringLiteral("root"),
    QStringLiteral("ROOT"),
    QStringLiteral("true"),
    QStringLiteral("False"),
    QStringLiteral("0"),
    QStringLiteral("-1.5"),
    QStringLiteral(".5"),
    QStringLiteral("1.2.3"),
    QStringLiteral("''"),
    QStringLiteral("'a''b'"),
    QStringLiteral("'10'"),
    QStringLiteral("' 1,000 '"),
    QStringLiteral("root.status"),
    QStringLiteral("root['items']"),
    QStringLiteral("root.items[2].tags"),
    QStringLiteral("root.obj.a.b.c"),
    QStringLiteral("root.nan"),
    QStringLiteral("root.u"),
    QStringLiteral("root.z"),
    QStringLiteral("root.missing"),
    QStringLiteral("root.items[*]"),
    QStringLiteral("root.obj.*"),
    QStringLiteral("'{0}{1}'"),
    QStringLiteral("'$.items[*]'"),
    QStringLiteral("'$..id'"),
    QStringLiteral("'Items[?(@.price<50)]'"),
    QStringLiteral("'$.items[?(@.id > 1 && @.id < 9)]'"),
    QStringLiteral("'{'"),
    QStringLiteral("'}}'"),
    QStringLiteral("'$['"),
    QStringLiteral("','"),
};

const QStringList kNoise = {
    QStringLiteral("("),   QStringLiteral(")"),      QStringLiteral("["),
    QStringLiteral("]"),   QStringLiteral(","),      QStringLiteral("."),
    QStringLiteral("*"),   QStringLiteral("'"),      QStringLiteral("\""),
    QStringLiteral("=="),  QStringLiteral("&&"),     QStringLiteral("!"),
    QStringLiteral(" "),   QStringLiteral("\n"),     QStringLiteral("$(x)"),
    QStringLiteral("é"),   QStringLiteral("\u2028"), QStringLiteral("1e3"),
    QStringLiteral("-"),   QStringLiteral("0x"),     QStringLiteral("null"),
    QStringLiteral("foo"), QStringLiteral("_"),      QStringLiteral("9999999999999999999999999999999"),
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
    }

    int below(int n) { return int(m_random.bounded(quint32(n))); }

    QString pick(const QStringList &list) { return list.at(below(int(list.size()))); }

    /// A grammatical expression: function calls, indexers and atoms.
    QString expression(int depth)
    {
        if (depth <= 0 || below(3) == 0) {
            QString atom = pick(kAtoms);
            if (below(4) == 0)
                atom += below(2)
                    ? QStringLiteral("['") + pick({QStringLiteral("a"), QStringLiteral("id")}) + u'\'' + u']'
                    : QStringLiteral("[") + QString::number(below(4)) + u']';
            return atom;
        }
        const FunctionInfo &info = functions().at(below(int(functions().size())));
        const int maxArgs = std::min(info.maxArgs, info.minArgs + 3);
        const int count = info.minArgs + below(maxArgs - info.minArgs + 1);
        QStringList arguments;
        for (int i = 0; i < count; ++i)
            arguments.append(expression(depth - 1));
        QString name = info.name;
        if (below(5) == 0)
            name = name.toUpper();
        QString call = name + u'(' + arguments.join(below(2) ? QStringLiteral(", ") : QStringLiteral(",")) + u')';
        if (below(8) == 0)
            call += QStringLiteral("[0]");
        return call;
    }

    /// Random tokens with no grammar at all.
    QString tokenSoup()
    {
        QString text;
        const int n = below(40);
        for (int i = 0; i < n; ++i) {
            if (below(3) == 0)
                text += pick(kNoise);
            else if (below(2) == 0)
                text += pick(kAtoms);
            else
                text += functions().at(below(int(functions().size()))).name + u'(';
        }
        return text;
    }

    /// Deletes, inserts, swaps, duplicates or truncates.
    QString mutate(QString text)
    {
        const int edits = 1 + below(4);
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const int at = below(int(text.size()));
            switch (below(6)) {
            case 0:
                text.remove(at, 1 + below(3));
                break;
            case 1:
                text.insert(at, pick(kNoise));
                break;
            case 2:
                if (at + 1 < text.size())
                    std::swap(text[at], text[at + 1]);
                break;
            case 3:
                text.insert(at, text.mid(below(int(text.size())), below(12)));
                break;
            case 4:
                text.truncate(at);
                break;
            default:
                text[at] = QChar(char16_t(0x20 + below(0x5F)));
                break;
            }
        }
        return text;
    }

    QByteArray mutateBytes(QByteArray bytes)
    {
        const int edits = 1 + below(6);
        for (int e = 0; e < edits && !bytes.isEmpty(); ++e) {
            const int at = below(int(bytes.size()));
            switch (below(5)) {
            case 0:
                bytes.remove(at, 1 + below(4));
                break;
            case 1:
                bytes.insert(at, "[{'\"/*,:}]"[below(10)]);
                break;
            case 2:
                bytes[at] = char(below(256));
                break;
            case 3:
                bytes.insert(at, bytes.mid(below(int(bytes.size())), below(20)));
                break;
            default:
                bytes.truncate(at);
                break;
            }
        }
        return bytes;
    }

private:
    QRandomGenerator m_random;
};

/// Checks the invariants of one expression; returns false (with a message) when one breaks.
bool check(const QString &expression, const Json::Document &document, QString *problem)
{
    try {
        const ParseResult first = parse(expression);
        const ParseResult second = parse(expression);
        if (first.ok() != second.ok() || first.error.message != second.error.message) {
            *problem = QStringLiteral("parse is not deterministic");
            return false;
        }
        if (!first.ok()) {
            const ParseError &error = first.error;
            if (error.message.isEmpty() || error.hint.isNull()) {
                *problem = QStringLiteral("parse error without a message");
                return false;
            }
            if (error.kind != ParseError::Kind::ExceededMaxLength
                && (error.position < 1 || error.position > expression.size() + 1 || error.length < 1)) {
                *problem = QStringLiteral("parse error position %1 outside the expression").arg(error.position);
                return false;
            }
            return true;
        }
        const Evaluation evaluation = evaluate(first.program, document.root());
        if (!evaluation.ok && (evaluation.error.isEmpty() || evaluation.errorNode < 0)) {
            *problem = QStringLiteral("evaluation error without a message or node");
            return false;
        }
        if (evaluation.ok && !first.program.isEmpty() && !evaluation.trace.nodes.at(evaluation.trace.root).evaluated) {
            *problem = QStringLiteral("root of the trace not evaluated");
            return false;
        }
        (void)evaluation.trace.toText();
        (void)first.program.canonical(first.program.root);
        const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(expression, VariableSet(), document);
        if (outcome.isError() && outcome.message.isEmpty()) {
            *problem = QStringLiteral("criteria error without the server's message");
            return false;
        }
    } catch (...) {
        *problem = QStringLiteral("an exception escaped");
        return false;
    }
    return true;
}

void fuzzExpressions(quint32 seed, int rounds)
{
    Generator generator(seed);
    const Json::Document document = Json::Document::parse(kBody);
    QVERIFY(!document.hasError());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < rounds; ++i) {
        QString expression;
        switch (i % 4) {
        case 0:
            expression = generator.expression(1 + generator.below(6));
            break;
        case 1:
            expression = generator.mutate(generator.expression(1 + generator.below(6)));
            break;
        case 2:
            expression = generator.tokenSoup();
            break;
        default:
            expression = generator.mutate(generator.tokenSoup());
            break;
        }
        QString problem;
        if (!check(expression, document, &problem))
            QFAIL(
                qPrintable(QStringLiteral("seed %1, round %2: %3 for: %4").arg(seed).arg(i).arg(problem, expression)));
    }
    // Each input is small: anything near this bound means something loops.
    QVERIFY2(timer.elapsed() < 240000, "fuzzing took suspiciously long");
}

void fuzzBodiesAndPaths(quint32 seed, int rounds)
{
    Generator generator(seed);
    QStringList paths = {
        QStringLiteral("$.items[*]"),           QStringLiteral("$..id"),
        QStringLiteral("Items[?(@.price<50)]"), QStringLiteral("$.items[?(@.id > 1 && @.id < 9 || @.x)]"),
        QStringLiteral("$.obj.a['b','c']"),     QStringLiteral("$.items[-2:][0:5:2]"),
        QStringLiteral("$..[?(@ =~ /a/i)]")};
    for (int i = 0; i < rounds; ++i) {
        try {
            const QByteArray body = generator.mutateBytes(kBody);
            const Json::Document document = Json::Document::parse(body);
            if (document.hasError()) {
                const Json::ParseError error = document.error();
                QVERIFY(!error.message.isEmpty());
                QVERIFY(error.offset >= 0 && error.offset <= body.size());
                QVERIFY(error.line >= 1 && error.column >= 1);
                continue;
            }
            for (const RootPath &path : rootPaths(document))
                (void)criteriaFor(document, path.value);
            std::vector<Json::Value> results;
            QString error;
            const QString path = generator.below(2) ? generator.mutate(generator.pick(paths)) : generator.pick(paths);
            (void)JsonPath::select(document.root(), path, &results, &error);
        } catch (...) {
            QFAIL(qPrintable(QStringLiteral("seed %1, round %2: an exception escaped").arg(seed).arg(i)));
        }
    }
}

} // namespace

class TestExpressionFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixedSeed_expressions() { fuzzExpressions(20240601u, 20000); }
    void fixedSeed_bodiesAndPaths() { fuzzBodiesAndPaths(20240601u, 3000); }

    void clockSeed()
    {
        bool ok = false;
        quint32 seed = qEnvironmentVariable("RESTGATE_FUZZ_SEED").toUInt(&ok);
        if (!ok)
            seed = quint32(QDateTime::currentMSecsSinceEpoch());
        qInfo("fuzz seed %u (set RESTGATE_FUZZ_SEED=%u to replay)", seed, seed);
        fuzzExpressions(seed, 10000);
        fuzzBodiesAndPaths(seed, 1500);
    }

    void pathologicalInputs()
    {
        const Json::Document document = Json::Document::parse(kBody);
        QString problem;
        const QStringList inputs = {
            QString(21000, u'('),
            QStringLiteral("not(").repeated(5000),
            QStringLiteral("root").append(QStringLiteral("[0]").repeated(5000)),
            QStringLiteral("root").append(QStringLiteral(".a").repeated(7000)),
            QStringLiteral("'").repeated(20999),
            QStringLiteral("and(") + QStringLiteral("true,").repeated(4000) + QStringLiteral("true)"),
            QStringLiteral("format('") + QStringLiteral("{0}").repeated(5000) + QStringLiteral("', 'x')"),
            QString(20000, QChar(0xD800)),
            QStringLiteral("jsonpath('") + QString(20000, u'[') + QStringLiteral("')"),
            QStringLiteral("jsonpath('$") + QStringLiteral("..*").repeated(10) + QStringLiteral("')"),
        };
        for (const QString &input : inputs)
            QVERIFY2(check(input, document, &problem), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestExpressionFuzz)
#include "tst_expression_fuzz.moc"
