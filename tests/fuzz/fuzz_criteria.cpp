// Success criteria (expression parser + evaluator) against a fixed body that has every kind of value: whatever the
// criteria, the engine answers with a verdict or an error and keeps its trace consistent.

#include "core/expression/criteriaevaluator.h"
#include "fuzzsupport.h"

namespace {

const QByteArray kBody = "{\"status\": \"successful\", \"n\": 10, \"f\": 1.5, \"t\": true, \"z\": null, \"s\": \"10\","
                         " \"items\": [1, \"two\", {\"id\": 3, \"tags\": [\"a\", \"b\"]}, [4, 5], null, false],"
                         " \"obj\": {\"a\": {\"b\": {\"c\": \"deep\"}}, \"e\": {}, \"l\": []}, \"nan\": NaN,"
                         " \"u\": undefined, \"v\": \"1.2.3\", \"big\": 12345678901234567890, \"hex\": 0x1F,"
                         " \"Items\": [{\"price\": 40, \"name\": \"aaaa\"}, {\"price\": 70, \"name\": \"b\"}]}";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace RestGate;
    static const VariableSet variables = [] {
        VariableSet set;
        set.set(QStringLiteral("threshold"), QStringLiteral("3"));
        set.set(QStringLiteral("name"), QStringLiteral("successful"));
        return set;
    }();
    static const Json::Document body = Json::Document::parse(kBody);
    const CriteriaOutcome outcome = CriteriaEvaluator().evaluate(Fuzz::text(data, size), variables, body);
    if (outcome.isError() && outcome.message.isEmpty())
        Fuzz::fail("an error verdict without the server's message", outcome.detail);
    (void)outcome.trace.toText();
    return 0;
}
