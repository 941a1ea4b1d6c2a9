// jsonpath(): Json.NET's SelectTokens grammar and filters (regexes included) against a fixed body. Whatever the
// path, select() returns tokens of that body or Json.NET's error message, never both.

#include "core/expression/jsonpath.h"
#include "fuzzsupport.h"

namespace {

const QByteArray kBody =
    "{\"store\": {\"book\": ["
    "{\"category\": \"reference\", \"author\": \"Nigel Rees\", \"title\": \"Sayings of the Century\", \"price\": 8.95},"
    "{\"category\": \"fiction\", \"author\": \"J. R. R. Tolkien\", \"isbn\": \"0-395-19395-8\", \"price\": 22.99}],"
    " \"bicycle\": {\"color\": \"red\", \"price\": 19.95}}, \"expensive\": 10,"
    " \"a\": [{\"n\": 1}, {\"n\": 2}, {\"n\": \"1\"}, {\"n\": true}, {\"n\": null}, {\"m\": 1}, [1, [2, [3]]], "
    "\"aaaa!\"],"
    " \"Items\": [{\"name\": \"item1\", \"price\": 100}, {\"name\": \"item2\", \"price\": 40}],"
    " \"odd\": {\"\": 0, \"a.b\": 1, \"it's\": 2, \"x\\uD800y\": \"\\uDC00\", \"1e3\": 1e3, \"h\": 0x10}}";

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace RestGate;
    static const Json::Document body = Json::Document::parse(kBody);
    std::vector<Json::Value> results;
    QString error;
    const bool ok = Expression::JsonPath::select(body.root(), Fuzz::text(data, size), &results, &error);
    if (!ok && (error.isEmpty() || !results.empty()))
        Fuzz::fail("a failed select needs a message and no results", error);
    for (const Json::Value &value : results) {
        if (!value.isValid() || value.documentData() != body.root().documentData())
            Fuzz::fail("a result that is not a token of the body", Fuzz::text(data, size));
        (void)value.rawText();
    }
    return 0;
}
