// curl import: any command line is parsed or refused with a message; an imported command merged into a design
// gives a design that saves and loads back.

#include "core/pipeline/curlimport.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace RestGate;
    CurlRequest request;
    QString error;
    if (!CurlParser::parse(Fuzz::text(data, size), &request, &error)) {
        if (error.isEmpty())
            Fuzz::fail("a refused command needs a message", error);
        return 0;
    }
    DesignDocument document;
    CurlImport imported;
    if (!CurlImporter::import(request, document, CurlImportOptions(), &imported, &error))
        return 0;
    CurlImporter::merge(&document, imported);
    Fuzz::requireReloads(document, "an imported curl command does not save and load back");
    return 0;
}
