// The JSON reader (Json.NET dialect): any bytes give a tree or an error with a position inside the body. A tree is
// walked completely, and its indented form (what the Body tab shows) must read back to the same shape.

#include "core/json/jsondocument.h"
#include "core/json/jsonformat.h"
#include "fuzzsupport.h"

namespace {

using namespace RestGate;

qsizetype walk(const Json::Value &value, int depth)
{
    qsizetype count = 1;
    switch (value.kind()) {
    case Json::Kind::Array:
        for (const Json::Value element : value.elements())
            count += walk(element, depth + 1);
        break;
    case Json::Kind::Object:
        for (const Json::Member member : value.members()) {
            (void)member.name();
            count += walk(member.value(), depth + 1);
        }
        (void)value.hasDuplicateKeys();
        break;
    case Json::Kind::Number:
        (void)value.numberClass();
        (void)value.toInt64();
        (void)value.toDouble();
        break;
    default:
        (void)value.toString();
        break;
    }
    (void)value.rawText();
    return count;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const Json::Document document = Json::Document::parse(input);
    if (document.hasError()) {
        const Json::ParseError error = document.error();
        if (error.offset < 0 || error.offset > input.size() || error.message.isEmpty())
            Fuzz::fail("an error needs a message and an offset inside the body", error.message);
        int line = 0;
        int column = 0;
        document.lineColumn(error.offset, &line, &column);
        return 0;
    }
    (void)document.nonStrictConstructs();
    walk(document.root(), 1);
    if (document.maxDepth() > Json::maxIndentDepth)
        return 0;
    const QString pretty = Json::indented(document.root());
    const Json::Document again = Json::Document::parse(pretty.toUtf8());
    if (again.hasError())
        Fuzz::fail("the indented body does not read back", again.error().message + QStringLiteral("\n") + pretty);
    if (again.nodeCount() != document.nodeCount())
        Fuzz::fail("the indented body reads back with another shape", pretty);
    return 0;
}
