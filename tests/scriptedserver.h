#pragma once

#include "rawhttpserver.h"

#include <QByteArray>

namespace RestGate::TestSupport {

/// A health endpoint on 127.0.0.1 whose answer changes from one request to the next, as a gate's signal does. Each
/// character of the script is one answer: 'P' is 200 with {"status":"healthy"} (the gate tests' criteria passes),
/// 'F' is 200 with {"status":"degraded"}, '5' is 503 Service Unavailable, '-' never answers (the socket stays open
/// until the client gives up). Past the end of the script the last answer repeats.
struct ScriptedServer
{
    explicit ScriptedServer(const QByteArray &script)
        : server([this, script](QTcpSocket *socket, const RawHttpServer::Request &) {
            const char answer = script.at(qMin<qsizetype>(served++, script.size() - 1));
            if (answer == '-')
                return;
            if (answer == '5')
                socket->write(RawHttpServer::response(503, "Service Unavailable", "{\"status\":\"down\"}"));
            else
                socket->write(RawHttpServer::response(
                    200, "OK", answer == 'P' ? "{\"status\":\"healthy\"}" : "{\"status\":\"degraded\"}",
                    "Content-Type: application/json\r\n"));
            socket->disconnectFromHost();
        })
    {
    }
    ScriptedServer(const ScriptedServer &) = delete;
    ScriptedServer &operator=(const ScriptedServer &) = delete;

    int served = 0; ///< requests answered (or left hanging) so far
    RawHttpServer server;
};

} // namespace RestGate::TestSupport
