// The `headers` input as Json.NET reads it: any text gives headers or an error whose line, column and offset point
// into that text.

#include "core/request/headerparser.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace RestGate;
    const QString input = Fuzz::text(data, size);
    const ParsedHeaders parsed = HeaderParser::parse(input);
    if (!parsed.ok) {
        if (parsed.error.isEmpty() || parsed.errorLine < 1 || parsed.errorColumn < 1 || parsed.errorOffset < 0
            || parsed.errorOffset > input.size())
            Fuzz::fail("an error needs a message and a position inside the text", parsed.error);
        if (!parsed.headers.isEmpty())
            Fuzz::fail("an error with headers", parsed.error);
    }
    return 0;
}
