#include "core/request/contentdecoder.h"
#include "core/run/taskrunner.h"
#include "rawhttpserver.h"
#include "runsupport.h"

#include <QTest>

#include <zlib.h>

using namespace RestGate;
using TestSupport::getFrom;
using TestSupport::RawHttpServer;

namespace {

enum class Framing
{
    ContentLength,
    Chunked,
    CloseDelimited, ///< neither: the body ends where the connection does
};

// `data` compressed as zlib writes it: windowBits 31 for gzip, 15 for zlib-wrapped deflate, -15 for raw deflate.
QByteArray compressed(const QByteArray &data, int windowBits)
{
    z_stream z {};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        qFatal("deflateInit2 failed");
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        qFatal("deflate did not finish");
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray gzip(const QByteArray &data)
{
    return compressed(data, 31);
}

// A JSON answer long enough that half of its compressed form is a real cut, not a header.
QByteArray answer()
{
    QByteArray items;
    for (int i = 0; i < 400; ++i)
        items += (i ? "," : "") + QByteArray("{\"id\":") + QByteArray::number(i * 7919 % 1000) + "}";
    return "{\"status\":\"successful\",\"items\":[" + items + "]}";
}

// The head and the first `sent` bytes of `body`, framed as `framing` says for all of `body`; then the server hangs
// up. sent == body.size() is a whole response.
QByteArray response(const QByteArray &body, qsizetype sent, Framing framing, const QByteArray &contentEncoding)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    if (!contentEncoding.isEmpty())
        head += "Content-Encoding: " + contentEncoding + "\r\n";
    switch (framing) {
    case Framing::ContentLength:
        return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body.left(sent);
    case Framing::Chunked: {
        const QByteArray last = sent == body.size() ? QByteArray("\r\n0\r\n\r\n") : QByteArray();
        return head + "Transfer-Encoding: chunked\r\n\r\n" + QByteArray::number(body.size(), 16) + "\r\n"
            + body.left(sent) + last;
    }
    case Framing::CloseDelimited:
        return head + "Connection: close\r\n\r\n" + body.left(sent);
    }
    return {};
}

RawHttpServer::Handler answering(const QByteArray &bytes)
{
    return [bytes](QTcpSocket *socket, const RawHttpServer::Request &) {
        socket->write(bytes);
        socket->flush();
        socket->disconnectFromHost();
    };
}

QString header(const QList<QPair<QString, QString>> &headers, const QString &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

} // namespace

// Bodies cut short after the status line, compressed and not: what the runner can tell through
// QNetworkAccessManager, and the one case it cannot.
class TestCutBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<RunResult>(); }

    // --- ContentDecoder ----------------------------------------------------------------------------------------

    void decoder_knowsTheCodingsItDecodes()
    {
        QVERIFY(ContentDecoder::codingFor(" GZip ") == ContentDecoder::Coding::Gzip);
        QVERIFY(ContentDecoder::codingFor("x-gzip") == ContentDecoder::Coding::Gzip);
        QVERIFY(ContentDecoder::codingFor("deflate") == ContentDecoder::Coding::Deflate);
        QVERIFY(!ContentDecoder::codingFor("br"));
        QVERIFY(!ContentDecoder::codingFor("gzip, br"));
        QVERIFY(!ContentDecoder::codingFor("identity"));
        QCOMPARE(ContentDecoder::acceptEncoding(), QStringLiteral("gzip, deflate"));
    }

    void decoder_isCompleteOnlyAtTheEnd_data()
    {
        QTest::addColumn<int>("windowBits");
        QTest::addColumn<ContentDecoder::Coding>("coding");
        QTest::addRow("gzip") << 31 << ContentDecoder::Coding::Gzip;
        QTest::addRow("deflate, zlib wrapper") << 15 << ContentDecoder::Coding::Deflate;
        QTest::addRow("deflate, raw") << -15 << ContentDecoder::Coding::Deflate;
    }

    void decoder_isCompleteOnlyAtTheEnd()
    {
        QFETCH(int, windowBits);
        QFETCH(ContentDecoder::Coding, coding);
        const QByteArray plain = answer();
        const QByteArray stream = compressed(plain, windowBits);
        // Fed a byte at a time: every prefix is incomplete, and only the last byte completes it.
        ContentDecoder decoder(coding);
        QByteArray out;
        for (qsizetype i = 0; i < stream.size(); ++i) {
            QVERIFY2(!decoder.complete(), qPrintable(QStringLiteral("complete after %1 bytes").arg(i)));
            out += decoder.decode(stream.mid(i, 1), 1 << 20);
            QVERIFY2(!decoder.failed(), qPrintable(decoder.errorString()));
        }
        QVERIFY(decoder.complete());
        QCOMPARE(out, plain);
        QCOMPARE(decoder.inputBytes(), qint64(stream.size()));
    }

    void decoder_readsEveryGzipMember()
    {
        ContentDecoder decoder(ContentDecoder::Coding::Gzip);
        QCOMPARE(decoder.decode(gzip("first ") + gzip("second"), 100), QByteArray("first second"));
        QVERIFY(decoder.complete());
    }

    void decoder_reportsCorruptData()
    {
        QByteArray stream = gzip(answer());
        stream[stream.size() / 2] = char(stream.at(stream.size() / 2) ^ 0x55);
        stream[stream.size() / 2 + 1] = char(stream.at(stream.size() / 2 + 1) ^ 0x55);
        ContentDecoder decoder(ContentDecoder::Coding::Gzip);
        decoder.decode(stream, 1 << 20);
        QVERIFY(decoder.failed());
        QVERIFY(!decoder.complete());
        QVERIFY(!decoder.errorString().isEmpty());
    }

    void decoder_stopsAtTheOutputLimit()
    {
        // 64 MB of zeros in about 64 KB: the limit bounds what comes out, whatever goes in.
        const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '\0'));
        QVERIFY(bomb.size() < 128 * 1024);
        ContentDecoder decoder(ContentDecoder::Coding::Gzip);
        const QByteArray out = decoder.decode(bomb, 1000 * 1000 + 1);
        QCOMPARE(out.size(), qsizetype(1000 * 1000 + 1));
        QVERIFY(!decoder.complete());
    }

    // --- the runner ---------------------------------------------------------------------------------------------

    void compressedBody_isInflatedAndTheWireHeadersShown_data()
    {
        QTest::addColumn<int>("windowBits");
        QTest::addColumn<QByteArray>("contentEncoding");
        QTest::addColumn<Framing>("framing");
        QTest::addRow("gzip, Content-Length") << 31 << QByteArray("gzip") << Framing::ContentLength;
        QTest::addRow("gzip, chunked") << 31 << QByteArray("gzip") << Framing::Chunked;
        QTest::addRow("gzip, close-delimited") << 31 << QByteArray("gzip") << Framing::CloseDelimited;
        QTest::addRow("deflate (zlib), chunked") << 15 << QByteArray("deflate") << Framing::Chunked;
        QTest::addRow("deflate (raw), Content-Length") << -15 << QByteArray("deflate") << Framing::ContentLength;
    }

    void compressedBody_isInflatedAndTheWireHeadersShown()
    {
        QFETCH(int, windowBits);
        QFETCH(QByteArray, contentEncoding);
        QFETCH(Framing, framing);
        const QByteArray stream = compressed(answer(), windowBits);
        RawHttpServer server(answering(response(stream, stream.size(), framing, contentEncoding)));
        RunInput in = getFrom(server.baseUrl());
        in.task.setInput(QStringLiteral("successCriteria"), QStringLiteral("eq(root['status'], 'successful')"));
        const RunResult result = TestSupport::runToEnd(in);
        QVERIFY2(result.verdict == RunResult::Verdict::Passed, qPrintable(result.reasons.join(QLatin1Char('\n'))));
        QCOMPARE(result.body, answer());
        // What went out is what the request view shows, and what came back is shown as it came.
        QCOMPARE(server.requests().value(0).header("Accept-Encoding"), QByteArray("gzip, deflate"));
        QCOMPARE(header(result.request.transportHeaders, QStringLiteral("Accept-Encoding")),
                 QStringLiteral("gzip, deflate"));
        QCOMPARE(header(result.responseHeaders, QStringLiteral("Content-Encoding")),
                 QString::fromLatin1(contentEncoding));
        if (framing == Framing::ContentLength)
            QCOMPARE(header(result.responseHeaders, QStringLiteral("Content-Length")), QString::number(stream.size()));
    }

    void cutCompressedBody_isAnError_data()
    {
        QTest::addColumn<QByteArray>("contentEncoding");
        QTest::addColumn<Framing>("framing");
        QTest::addColumn<QString>("reason");
        const QString byLength = QStringLiteral("bytes its Content-Length announced arrived");
        const QString byStream = QStringLiteral("-compressed body stops after");
        // Cut mid-chunk, Qt reports the close or not depending on timing (whether it reads the close while it
        // still reads the body): either way the run is an ERROR, by Qt's error or by the stream's missing end.
        const QString either;
        QTest::addRow("gzip, Content-Length") << QByteArray("gzip") << Framing::ContentLength << byLength;
        QTest::addRow("gzip, chunked, cut mid-chunk") << QByteArray("gzip") << Framing::Chunked << either;
        QTest::addRow("gzip, close-delimited") << QByteArray("gzip") << Framing::CloseDelimited << byStream;
        QTest::addRow("deflate, chunked, cut mid-chunk") << QByteArray("deflate") << Framing::Chunked << either;
    }

    void cutCompressedBody_isAnError()
    {
        QFETCH(QByteArray, contentEncoding);
        QFETCH(Framing, framing);
        QFETCH(QString, reason);
        const QByteArray stream = compressed(answer(), contentEncoding == "gzip" ? 31 : 15);
        RawHttpServer server(answering(response(stream, stream.size() / 2, framing, contentEncoding)));
        // No criteria: on the status alone a cut body used to pass.
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Truncated);
        QVERIFY2(result.reasons.value(0).startsWith(QStringLiteral("The response was cut short")),
                 qPrintable(result.reasons.value(0)));
        QVERIFY2(result.reasons.value(0).contains(reason), qPrintable(result.reasons.value(0)));
    }

    void corruptCompressedBody_isAnError()
    {
        QByteArray stream = gzip(answer());
        for (qsizetype i = stream.size() / 3; i < stream.size() / 3 + 8; ++i)
            stream[i] = char(~stream.at(i));
        RawHttpServer server(answering(response(stream, stream.size(), Framing::ContentLength, "gzip")));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QVERIFY2(result.reasons.value(0).startsWith(
                     QStringLiteral("The response body could not be decompressed (Content-Encoding: gzip)")),
                 qPrintable(result.reasons.value(0)));
    }

    void compressionBomb_stopsAtTheCap()
    {
        const QByteArray bomb = gzip(QByteArray(64 * 1024 * 1024, '1'));
        RawHttpServer server(answering(response(bomb, bomb.size(), Framing::Chunked, "gzip")));
        RunOptions options;
        options.maxBodyBytes = 1024 * 1024;
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()), options);
        QCOMPARE(result.verdict, RunResult::Verdict::Error);
        QCOMPARE(result.errorKind, RunResult::ErrorKind::BodyTooLarge);
        QCOMPARE(result.body.size(), options.maxBodyBytes);
        QVERIFY(result.bodyTruncated);
    }

    void emptyCompressedBody_isEmpty()
    {
        // Some servers label an empty body gzip; there is no stream to end, and nothing was cut.
        RawHttpServer server(answering(response({}, 0, Framing::ContentLength, "gzip")));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QVERIFY2(result.verdict == RunResult::Verdict::Passed, qPrintable(result.reasons.join(QLatin1Char('\n'))));
        QVERIFY(result.body.isEmpty());
    }

    void taskWithItsOwnAcceptEncoding_getsTheBytesAsTheyCame()
    {
        // As on the server: the task asked for the coding, so the task gets it undone by nobody.
        const QByteArray stream = gzip(answer());
        RawHttpServer server(answering(response(stream, stream.size(), Framing::ContentLength, "gzip")));
        RunInput in = getFrom(server.baseUrl());
        in.task.setInput(QStringLiteral("headers"), QStringLiteral("{\"Accept-Encoding\":\"gzip\"}"));
        const RunResult result = TestSupport::runToEnd(in);
        QCOMPARE(server.requests().value(0).header("Accept-Encoding"), QByteArray("gzip"));
        QVERIFY2(result.verdict == RunResult::Verdict::Passed, qPrintable(result.reasons.join(QLatin1Char('\n'))));
        QCOMPARE(result.body, stream);
    }

    void plainBodyShorterThanContentLength_isAnError()
    {
        const QByteArray body = answer();
        RawHttpServer server(answering(response(body, 10, Framing::ContentLength, {})));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Truncated);
        QVERIFY2(result.reasons.value(0).contains(
                     QStringLiteral("10 of the %1 bytes its Content-Length announced").arg(body.size())),
                 qPrintable(result.reasons.value(0)));
    }

    void plainChunkedBodyCutMidChunk_isAnError()
    {
        // The limit: an uncompressed chunked body has no end marker of its own but the last chunk. Qt 6.4 reports
        // a close in the middle of it only when it notices the close while still reading (_q_error); when the socket
        // is already unconnected as it reads (_q_receiveReply), it finishes the reply as if the body had ended, with
        // no error. Which one happens is timing (a release build usually misses it, an ASan build usually sees
        // it), and then QNetworkReply says nothing the runner could tell a whole body from; .NET's HttpClient on
        // the server always throws.
        const QByteArray body = answer();
        RawHttpServer server(answering(response(body, body.size() / 2, Framing::Chunked, {})));
        const RunResult result = TestSupport::runToEnd(getFrom(server.baseUrl()));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.body, body.left(body.size() / 2));
        if (result.errorKind != RunResult::ErrorKind::Truncated) {
            QEXPECT_FAIL("",
                         "Qt 6.4 finished this chunked body cut mid-chunk as complete (see README, Broken "
                         "responses)",
                         Continue);
        }
        QCOMPARE(result.errorKind, RunResult::ErrorKind::Truncated);
    }
};

QTEST_GUILESS_MAIN(TestCutBody)
#include "tst_cutbody.moc"
