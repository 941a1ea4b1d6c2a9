// Pipeline import: any bytes, read as an Azure Pipelines YAML file and as Markdown, give the InvokeRESTAPI steps or an
// error; merging what was found into a design gives a design that saves and loads back.

#include "core/pipeline/pipelineimport.h"
#include "fuzzsupport.h"

namespace {

using namespace RestGate;

void importAs(const QByteArray &input, PipelineImporter::Format format)
{
    PipelineImport imported;
    DocumentError error;
    if (!PipelineImporter::parse(input, format, &imported, &error)) {
        if (error.message.isEmpty())
            Fuzz::fail("a refused pipeline needs a message", error.toString());
        return;
    }
    DesignDocument document;
    PipelineImporter::merge(&document, imported.tasks);
    Fuzz::requireReloads(document, "an imported pipeline does not save and load back");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    importAs(input, PipelineImporter::Format::Yaml);
    importAs(input, PipelineImporter::Format::Markdown);
    return 0;
}
