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

    void OnDocumentStart(const YAML::Mark &) override
    {
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
};

} // namespace

bool boundAliasExpansion(const std::string &text, DocumentError *error)
{
    std::istringstream stream(text);
    YAML::Parser parser(stream);
    ExpansionCounter counter;
    try {
        while (parser.HandleNextDocument(counter)) { }
    } catch (const ExpansionCounter::Exceeded &exceeded) {
        *error = DocumentError {exceeded.why, exceeded.mark.line + 1, exceeded.mark.column + 1};
        return false;
    }
    return true;
}

} // namespace RestGate::YamlUtil
