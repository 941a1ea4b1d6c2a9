#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace RestGate {

/// Undoes a response's Content-Encoding (gzip or deflate) as the bytes arrive, and tells whether the compressed
/// stream reached its end. A compressed body carries its own end marker; Qt 6.4's HTTP reply does not always report a
/// connection that closes in the middle of a chunked or close-delimited body, so that marker is how the runner tells
/// a body cut short from a whole one.
///
///     ContentDecoder decoder(ContentDecoder::Coding::Gzip);
///     body += decoder.decode(wireBytes, cap + 1);   // at most cap + 1 bytes: memory stays bounded
///     ...
///     if (!decoder.complete()) -> the body was cut short
class ContentDecoder
{
public:
    enum class Coding
    {
        Gzip,
        Deflate, ///< zlib-wrapped as RFC 9110 says, or raw deflate as some servers send it
    };

    /// The coding a Content-Encoding header names, when this class decodes it (one coding, any case, x-gzip too).
    static std::optional<Coding> codingFor(const QByteArray &contentEncoding);
    /// The Accept-Encoding a request sends to get only what this class decodes.
    static QString acceptEncoding();

    explicit ContentDecoder(Coding coding);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    /// The decoded bytes of the next piece of the stream, at most `maxOutput` of them. Once that many come out the
    /// rest of `input` is dropped: the caller has hit its cap and stops reading.
    QByteArray decode(QByteArrayView input, qint64 maxOutput);

    /// True once the stream's end marker (and, for gzip, its checksum) has been read.
    bool complete() const { return m_complete; }
    /// Why the stream could not be decoded (corrupt data, a wrong checksum); empty while it decodes.
    QString errorString() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    /// Compressed bytes accepted so far.
    qint64 inputBytes() const { return m_inputBytes; }

private:
    struct Stream;
    bool start(int windowBits);

    Coding m_coding;
    std::unique_ptr<Stream> m_stream;
    bool m_complete = false;
    QByteArray m_head; ///< deflate's first bytes, until there are two to tell zlib from raw deflate
    qint64 m_inputBytes = 0;
    QString m_error;
};

} // namespace RestGate
