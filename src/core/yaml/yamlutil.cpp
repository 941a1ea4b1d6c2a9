#include "core/yaml/yamlutil.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace RestGate::YamlUtil {

namespace {

/// Measures, event by event, what each anchored node expands to, and adds that up at every alias; stops at the
/// first alias that takes the document over the limit. yaml-cpp itself shares aliased nodes, so loading a bomb is
/// cheap; it is every later walk over the tree that would visit each expansion.
class ExpansionCounter final : public YAML::EventHandler
{
public:
    struct Size
    {
        qint64 nodes = 0;
        qint64 bytes = 0;
    };
    struct Exceeded
    {
        YAML::Mark mark;
        QString why;
    };

    void OnDocumentStart(const YAML::Mark &mark) override
    {
        m_documentStart = mark;
        m_anchors.clear();
        m_open.clear();
        m_stack.clear();
    }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t anchor) override { leaf(anchor, 0); }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, const std::string &value) override
    {
        leaf(anchor, qint64(value.size()));
    }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        if (m_open.count(anchor))
            throw Exceeded {mark,
                            QStringLiteral("This alias refers to a node it is part of; RestGate does not read "
                                           "self-referencing YAML.")};
        const auto found = m_anchors.find(anchor);
        if (found == m_anchors.end())
            return; // yaml-cpp reports an unknown anchor itself
        m_expandedNodes += found->second.nodes;
        m_expandedBytes += found->second.bytes;
        if (m_expandedNodes > maxAliasExpansionNodes || m_expandedBytes > maxAliasExpansionBytes) {
            throw Exceeded {mark,
                            QStringLiteral("The aliases up to here expand to more than %1 nodes or %2 MiB of text "
                                           "(an alias bomb?); RestGate stops reading.")
                                .arg(maxAliasExpansionNodes)
                                .arg(maxAliasExpansionBytes / (1024 * 1024))};
        }
        add(found->second);
    }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t anchor, YAML::EmitterStyle::value) override
    {
        open(anchor);
    }
    void OnMapEnd() override { close(); }

    YAML::Mark documentStart() const { return m_documentStart; }

private:
    struct Frame
    {
        YAML::anchor_t anchor;
        Size size;
    };

    void add(const Size &size)
    {
        if (m_stack.empty())
            return;
        m_stack.back().size.nodes += size.nodes;
        m_stack.back().size.bytes += size.bytes;
    }
    void leaf(YAML::anchor_t anchor, qint64 bytes)
    {
        const Size size {1, bytes};
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = size;
        add(size);
    }
    void open(YAML::anchor_t anchor)
    {
        m_stack.push_back({anchor, {1, 0}});
        if (anchor != YAML::NullAnchor)
            m_open.insert(anchor);
    }
    void close()
    {
        const Frame frame = m_stack.back();
        m_stack.pop_back();
        if (frame.anchor != YAML::NullAnchor) {
            m_open.erase(frame.anchor);
            m_anchors[frame.anchor] = frame.size;
        }
        add(frame.size);
    }

    std::unordered_map<YAML::anchor_t, Size> m_anchors;
    std::unordered_set<YAML::anchor_t> m_open;
    std::vector<Frame> m_stack;
    qint64 m_expandedNodes = 0;
    qint64 m_expandedBytes = 0;
    YAML::Mark m_documentStart = YAML::Mark::null_mark();
};

DocumentError stuckAt(const std::string &text, const YAML::Mark &mark)
{
    // yaml-cpp's scanner accepts ',' in block context; its document parser finds no node there and returns an empty
    // document without consuming the token, so the same document comes back forever.
    const bool comma = mark.pos >= 0 && std::size_t(mark.pos) < text.size() && text[std::size_t(mark.pos)] == ',';
    const QString message = comma
        ? QStringLiteral("A ',' outside [ ] or { } cannot start a YAML node here; remove it, or quote the text it "
                         "belongs to.")
        : QStringLiteral("The YAML reader cannot get past this point; RestGate stops reading.");
    return DocumentError {message, mark.line + 1, mark.column + 1};
}

} // namespace

bool checkBeforeLoad(const std::string &text, DocumentError *error)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    ExpansionCounter counter;
    try {
        int previousStart = -1;
        while (parser.HandleNextDocument(counter)) {
            // Every document consumes at least one token, so the next one starts further on; one that starts where
            // the previous did consumed nothing and would be returned again forever.
            const YAML::Mark start = counter.documentStart();
            if (start.pos == previousStart) {
                *error = stuckAt(text, start);
                return false;
            }
            previousStart = start.pos;
        }
    } catch (const ExpansionCounter::Exceeded &exceeded) {
        *error = DocumentError {exceeded.why, exceeded.mark.line + 1, exceeded.mark.column + 1};
        return false;
    }
    return true;
}

} // namespace RestGate::YamlUtil
