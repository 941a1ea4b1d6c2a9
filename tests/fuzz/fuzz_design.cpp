// Design documents (*.restgate.yml) from bytes: any file loads or is refused with a line and column, and a loaded
// design saves to YAML that loads back to the same design.

#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace RestGate;
    DesignDocument document;
    DocumentError error;
    QList<DocumentError> warnings;
    if (!DesignDocument::parse(Fuzz::bytes(data, size), &document, &error, &warnings)) {
        if (error.message.isEmpty())
            Fuzz::fail("a refused design needs a message", error.toString());
        return 0;
    }
    Fuzz::requireReloads(document, "a loaded design does not save and load back");
    return 0;
}
