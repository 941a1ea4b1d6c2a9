#pragma once

// Internal layout of a parsed Json::Document, shared by the reader, the value handles and the engine's hot paths
// (jsonpath filters). Not part of the API the GUI should use.

#include "core/json/jsondocument.h"

#include <QHash>

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
// String (and key) flags, bits 3..7.
constexpr quint32 FlagEscaped = 1u << 3; ///< contains backslash escapes: decode before comparing bytes
constexpr quint32 FlagSingleQuoted = 1u << 4;
constexpr quint32 FlagNonAscii = 1u << 5;
constexpr quint32 FlagInvalidUtf8 = 1u << 6; ///< decode with replacement characters before comparing
constexpr quint32 FlagUnquoted = 1u << 7; ///< unquoted property name: the source span has no quotes
// Numbers keep their NumberClass in bits 3..5.
constexpr quint32 NumberClassShift = 3;
// Scalars keep their token length in bits 8..31; longer tokens keep it in DocumentData::longLengths.
constexpr quint32 LengthShift = 8;
constexpr quint32 LengthSaturated = 0xFFFFFFu;
/// A container takes three slots: its own node, then {link, count}, then {end offset, 0}.
constexpr quint32 ContainerSlots = 3;

/// 8 bytes per slot, in document (pre-)order: a container's slots are followed by its descendants; an object's
/// children alternate key, value. Scalars (and keys) take one slot, containers three. Roughly 1.3 bytes of tree per
/// byte of typical JSON.
struct Node
{
    quint32 start; ///< byte offset of the token (opening quote, first digit, bracket); for slot 2 of a container:
                   ///< link (index after the last descendant); slot 3: end offset (after the closing bracket)
    quint32 head; ///< type | flags | length; for slot 2 of a container: member/element count

    quint32 type() const { return head & TypeMask; }
    bool isContainer() const { return type() == TypeArray || type() == TypeObject; }
    NumberClass numberClass() const { return NumberClass((head >> NumberClassShift) & 0x7u); }
};
static_assert(sizeof(Node) == 8);

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
    quint32 nodeCount = 0; ///< slots used
    quint32 valueCount = 0; ///< values and keys
    quint32 nodeCapacity = 0;
    QHash<quint32, quint32> longLengths; ///< token lengths of 16 MiB and more, by node index
    ParseError error;
    QList<NonStrictConstruct> constructs;
    qsizetype constructCount = 0;
    int maxDepth = 0;

    quint32 type(quint32 index) const { return nodes[index].type(); }
    bool isContainer(quint32 index) const { return nodes[index].isContainer(); }
    /// First child of a container.
    static quint32 firstChild(quint32 index) { return index + ContainerSlots; }
    /// Index after a container's last descendant.
    quint32 link(quint32 index) const { return nodes[index + 1].start; }
    quint32 count(quint32 index) const { return nodes[index + 1].head; }
    /// Index of the node after `index` and all its descendants.
    quint32 next(quint32 index) const { return isContainer(index) ? link(index) : index + 1; }

    quint32 tokenStart(quint32 index) const { return nodes[index].start; }
    quint32 tokenLength(quint32 index) const
    {
        const Node &n = nodes[index];
        if (n.isContainer())
            return nodes[index + 2].start - n.start;
        const quint32 length = n.head >> LengthShift;
        return length < LengthSaturated ? length : longLengths.value(index);
    }

    /// Content of a string node: between the quotes (or the whole span for an unquoted name).
    QByteArrayView stringContent(quint32 index) const
    {
        const quint32 start = nodes[index].start;
        const quint32 length = tokenLength(index);
        if (nodes[index].head & FlagUnquoted)
            return QByteArrayView(bytes + start, length);
        return QByteArrayView(bytes + start + 1, length - 2);
    }

    QString decodeString(quint32 index) const;
    /// Whether the string node's decoded text equals `utf8`.
    bool stringEquals(quint32 index, QByteArrayView utf8) const;
};

} // namespace RestGate::Json::Detail
