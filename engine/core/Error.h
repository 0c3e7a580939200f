#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace crucible {

/// What kind of problem an engine call met; the front ends map it to exit codes and dialogs.
enum class ErrorCode {
    InvalidInput, ///< the user's input or data is wrong (CLI exit code 1)
    NotFound, ///< a named thing does not exist (exit code 1)
    Busy, ///< another process holds the workspace (exit code 1)
    Incompatible, ///< a file from a newer Crucible or of another kind (exit code 1)
    Io, ///< the file system refused (exit code 1)
    Cancelled, ///< the user cancelled long work
    Internal, ///< a bug or an unexpected library failure (exit code 3)
};

/// An error as the engine reports it: a code, an English message that says what went wrong
/// and what to do, and where (a file, line and column, a run id, an entry name).
/// The engine never translates: widgets show `message` as context under their own tr() text.
struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString where;

    /// "where: message", or the message alone when there is no location.
    QString text() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// A value or an Error. Thread: a plain value type.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) { }
    Result(Error error) : m_state(std::move(error)) { }

    bool isOk() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return isOk(); }
    T& value() { return std::get<T>(m_state); }
    const T& value() const { return std::get<T>(m_state); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<Error>(m_state); }
    /// The value, or `fallback` for an error.
    T valueOr(T fallback) const { return isOk() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value.
struct Ok { };
using Status = Result<Ok>;

} // namespace crucible
