#pragma once

#include "engine/core/Error.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace crucible {

/// The rules for names that users and bundles give to things (models, aliases, datasets,
/// experiments, runs). Thread: any; pure functions.
namespace names {

/// How a name is used, which decides how strict its rule is.
enum class Use {
    /// Shown and stored only (an experiment, a dataset, a run's name): not empty, at most
    /// kMaxLabelLength characters, no leading or trailing spaces, and nothing that can rewrite a
    /// terminal or hide text (control and format characters, line separators, broken UTF-16).
    Label,
    /// Also one component of a path (a model's folder in the registry): a Label that is at most
    /// kMaxComponentLength characters, does not start with '.' and does not end with '.' or a
    /// space, holds none of / \ : * ? " < > | and is not a device name of Windows (CON, NUL,
    /// COM1, ...), so that the same name means the same single folder on every file system.
    PathComponent,
};

constexpr int kMaxLabelLength = 200;
constexpr int kMaxComponentLength = 100;

/// Ok, or InvalidInput whose message starts with `what` ("a model name must not contain '/'")
/// and whose location is the name as given.
Status check(const QString& name, const QString& what, Use use);

/// The key under which names collide on a case-insensitive or normalising file system (macOS,
/// Windows, exFAT): Unicode compatibility form, case folded. Two different names with one key
/// would share a folder there, so a registry refuses the second.
QString collisionKey(const QString& name);

/// Whether `name` can be joined to a folder without leaving it or naming the folder itself: not
/// empty, not "." or "..", no '/', '\\' or NUL. The last guard before a path is built from a
/// name that comes from a database (older rules, or a hostile file), not from the user.
bool staysInside(const QString& name);

/// The parts of a '/'-separated relative path that another program gave (an artifact path, a
/// metric key written as a file), each a file name that stays where it is joined: not empty, not
/// "." or "..", at most 255 characters, without a backslash or control character; the whole not
/// absolute and at most 4096 characters. nullopt when the path breaks a rule.
std::optional<QStringList> relativePathParts(const QString& path);

/// A name another tool gave (a TensorBoard folder, an MLflow experiment), made a valid Label:
/// control and format characters become spaces, runs of spaces shrink to one, spaces at the ends
/// go, and it is cut to kMaxLabelLength characters; `fallback` when nothing valid is left.
QString labelFrom(const QString& name, const QString& fallback);

/// The known word nearest to `word` by edit distance, for "did you mean ...?" (fewer than 4 edits
/// for words of 5 characters or more, fewer than 3 for shorter ones); empty when none is that close.
QString nearest(const QString& word, const QStringList& known);

} // namespace names
} // namespace crucible
