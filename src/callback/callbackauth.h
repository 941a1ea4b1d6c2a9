#pragma once

#include "callback/callbackentry.h"
#include "callback/plancontext.h"

#include <QByteArray>
#include <QString>

namespace RestGate {

/// How a callback request authenticated, in plain words.
struct AuthCheck
{
    AuthOutcome outcome = AuthOutcome::Missing;
    QString scheme; ///< "Basic", "Bearer", another scheme as sent; empty when there is no header
    QString text; ///< what was right or wrong, and what to send instead
};

/// Checks an Authorization header against the plan's AuthToken as Azure DevOps accepts it for a job token:
///   Basic base64(":" + token)     any user name, the token as the password          -> Accepted
///   Bearer <token>                                                                  -> Accepted
///   (no header)                                                                     -> Missing
///   Basic base64("x:" + other), Bearer <other>                                      -> WrongToken
///   Basic base64(token + ":")     the token in the user-name place                  -> WrongToken
///   Basic not-base64, Basic base64 without ':', "<token>" without scheme, Digest …  -> Malformed
/// @p present tells a missing header from an empty one.
AuthCheck checkAuthorization(bool present, const QByteArray &value, const PlanContext &plan);

} // namespace RestGate
