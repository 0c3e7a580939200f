#pragma once

#include <QCoreApplication>
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

/// The context of the engine's messages in the translation catalogues: Engine::tr("...") is the
/// text in the interface's language where the program installed a translator (the GUI) and the
/// English source everywhere else (the command line, its --json, logs). Answers that go over a
/// wire to other programs (the inference server's and the MLflow tracking server's HTTP errors)
/// stay English whatever the GUI's language: those are QStringLiteral. Thread: any.
class Engine {
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

/// An error as the engine reports it: a code, a message that says what went wrong and what to
/// do (Engine::tr: in the GUI's language), and where (a file, line and column, a run id, an entry
/// name). Widgets show `message` as context under their own tr() text.
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
