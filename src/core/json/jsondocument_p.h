#pragma once

// Internal layout of a parsed Json::Document, shared by the reader, the value handles and the engine's hot paths
// (jsonpath filters). Not part of the API the GUI should use.

#include "jsondocument.h"

#include <cstdlib>
#include <memory>

namespace RestGate::Json::Detail {

/// Node type in the low three bits of Node::head.
enum NodeType : quint32
{
    TypeNull = 0,
    TypeFalse = 1,
    TypeTrue = 2,
    TypeNumber = 3,
    TypeString = 4,
    TypeArray = 5,
    TypeObject = 6,
    TypeUndefined = 7,
};

constexpr quint32 TypeMask = 0x7;
constexpr quint32 FlagShift = 3;
// String (and key) flags, bits 3..7.
constexpr quint32 FlagEscaped = 1u << 3; ///< contains backslash escapes: decode before comparing bytes
constexpr quint32 FlagSingleQuoted = 1u << 4;
constexpr quint32 FlagNonAscii = 1u << 5;
constexpr quint32 FlagInvalidUtf8 = 1u << 6; ///< decode with replacement characters before comparing
constexpr quint32 FlagUnquoted = 1u << 7; ///< unquoted property name: the source span has no quotes
// Numbers keep their NumberClass in bits 3..5.
constexpr quint32 NumberClassShift = 3;
// Containers keep their element/member count in bits 8..31, saturated.
constexpr quint32 CountShift = 8;
constexpr quint32 CountSaturated = 0xFFFFFFu;

/// 16 bytes per value and per object key, in document (pre-)order: a container is followed by its descendants;
/// an object's children alternate key, value.
struct Node
{
    quint32 head; ///< type | flags | count
    quint32 start; ///< byte offset of the token (opening quote, first digit, bracket)
    quint32 length; ///< byte length of the token (quotes and brackets included)
    quint32 link; ///< containers: index one past the last descendant; others: 0

    quint32 type() const { return head & TypeMask; }
    bool isContainer() const { return type() == TypeArray || type() == TypeObject; }
    quint32 flags() const { return head & 0xF8u; }
    NumberClass numberClass() const { return NumberClass((head >> NumberClassShift) & 0x7u); }
};
static_assert(sizeof(Node) == 16);

struct FreeDeleter
{
    void operator()(Node *p) const { std::free(p); }
};

class DocumentData
{
public:
    QByteArray source;
    const char *bytes = nullptr;
    std::unique_ptr<Node[], FreeDeleter> nodes;
    quint32 nodeCount = 0;
    quint32 nodeCapacity = 0;
    ParseError error;
    QList<NonStrictConstruct> constructs;
    qsizetype constructCount = 0;
    int maxDepth = 0;

    /// Index of the node after `index` and all its descendants.
    quint32 next(quint32 index) const
    {
        const Node &n = nodes[index];
        return n.isContainer() ? n.link : index + 1;
    }

    /// Content of a string node: between the quotes (or the whole span for an unquoted name).
    QByteArrayView stringContent(const Node &n) const
    {
        if (n.head & FlagUnquoted)
            return QByteArrayView(bytes + n.start, n.length);
        return QByteArrayView(bytes + n.start + 1, n.length - 2);
    }

    QString decodeString(const Node &n) const;
    /// Whether the string node's decoded text equals `utf8`.
    bool stringEquals(const Node &n, QByteArrayView utf8) const;
};

} // namespace RestGate::Json::Detail
