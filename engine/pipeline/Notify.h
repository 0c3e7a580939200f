#pragma once

#include "engine/core/Error.h"

#include <QByteArray>
#include <QString>

namespace crucible {

/// Appends `line` and a newline to the file at `path` (created when missing) in one write, so
/// that lines of processes appending at once do not interleave. Thread: any.
Status appendLine(const QString& path, const QString& line);

/// POSTs `json` to an http:// URL (HTTP/1.1, Content-Type application/json) and returns the
/// status code; a code outside 2xx, no answer within `timeoutMs`, or a refused connection is an
/// error naming the URL. https:// is refused with advice (a shell step with curl). Thread: any.
Result<int> postJson(const QString& url, const QByteArray& json, int timeoutMs);

} // namespace crucible
