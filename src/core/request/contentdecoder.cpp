#include "core/request/contentdecoder.h"

#include <zlib.h>

#include <utility>

namespace RestGate {

namespace {

// Output is produced in slices of this size, so a small input that inflates hugely never allocates past the cap.
constexpr qsizetype outputSlice = 64 * 1024;

// RFC 1950: a zlib stream starts with CMF/FLG, deflate method 8, and the pair is a multiple of 31.
bool looksLikeZlibHeader(uchar cmf, uchar flg)
{
    return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
}

} // namespace

struct ContentDecoder::Stream
{
    z_stream z {};
    bool initialised = false;

    ~Stream()
    {
        if (initialised)
            inflateEnd(&z);
    }
};

std::optional<ContentDecoder::Coding> ContentDecoder::codingFor(const QByteArray &contentEncoding)
{
    const QByteArray coding = contentEncoding.trimmed().toLower();
    if (coding == "gzip" || coding == "x-gzip")
        return Coding::Gzip;
    if (coding == "deflate")
        return Coding::Deflate;
    return std::nullopt;
}

QString ContentDecoder::acceptEncoding()
{
    return QStringLiteral("gzip, deflate");
}

ContentDecoder::ContentDecoder(Coding coding)
    : m_coding(coding)
{
    // Deflate waits for its first two bytes to tell the zlib wrapper from raw deflate (decode()).
    if (m_coding == Coding::Gzip)
        start(16 + MAX_WBITS);
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::start(int windowBits)
{
    m_stream = std::make_unique<Stream>();
    if (inflateInit2(&m_stream->z, windowBits) != Z_OK) {
        m_error = QStringLiteral("zlib could not start");
        return false;
    }
    m_stream->initialised = true;
    return true;
}

QByteArray ContentDecoder::decode(QByteArrayView input, qint64 maxOutput)
{
    QByteArray output;
    if (failed())
        return output;
    if (!m_stream) {
        m_head.append(input.data(), input.size());
        if (m_head.size() < 2)
            return output;
        const bool zlib = looksLikeZlibHeader(uchar(m_head.at(0)), uchar(m_head.at(1)));
        if (!start(zlib ? MAX_WBITS : -MAX_WBITS))
            return output;
        const QByteArray head = std::exchange(m_head, {});
        return decode(head, maxOutput);
    }
    const char *next = input.data();
    qsizetype left = input.size();
    z_stream &z = m_stream->z;
    while (left > 0 && output.size() < maxOutput) {
        if (m_complete) {
            if (m_coding != Coding::Gzip) {
                // Bytes after a deflate stream's end are no part of the body.
                m_inputBytes += left;
                break;
            }
            // RFC 1952 allows several gzip members one after another; the body is all of them.
            inflateReset(&z);
            m_complete = false;
        }
        const qsizetype offered = qMin<qsizetype>(left, 1 << 30);
        const qsizetype room = qMin<qint64>(maxOutput - output.size(), outputSlice);
        const qsizetype before = output.size();
        output.resize(before + room);
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(next));
        z.avail_in = uInt(offered);
        z.next_out = reinterpret_cast<Bytef *>(output.data() + before);
        z.avail_out = uInt(room);
        const int status = inflate(&z, Z_NO_FLUSH);
        const qsizetype consumed = offered - qsizetype(z.avail_in);
        const qsizetype produced = room - qsizetype(z.avail_out);
        output.resize(before + produced);
        next += consumed;
        left -= consumed;
        m_inputBytes += consumed;
        if (status == Z_STREAM_END) {
            m_complete = true;
            continue;
        }
        if (status != Z_OK && status != Z_BUF_ERROR) {
            m_error = z.msg ? QString::fromLatin1(z.msg) : QStringLiteral("invalid compressed data");
            break;
        }
        if (consumed == 0 && produced == 0)
            break;
    }
    return output;
}

} // namespace RestGate
