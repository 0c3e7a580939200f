#include "PredictionLog.h"

#include "engine/core/Message.h"
#include "engine/core/Names.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cerrno>
#include <map>
#include <system_error>

namespace crucible {

PredictionLog::PredictionLog(Options options) : m_options(std::move(options))
{
    m_thread = std::thread([this] { run(); });
}

PredictionLog::~PredictionLog()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

bool PredictionLog::sample() const
{
    if (m_options.sample >= 1.0)
        return true;
    if (m_options.sample <= 0.0)
        return false;
    return QRandomGenerator::global()->generateDouble() < m_options.sample;
}

void PredictionLog::append(const QString& model, QByteArray line)
{
    {
        std::lock_guard lock(m_mutex);
        if (qsizetype(m_queue.size()) >= m_options.maxQueuedLines
            || m_queuedBytes + line.size() > m_options.maxQueuedBytes) {
            m_dropped.fetch_add(1);
            return;
        }
        line += '\n';
        m_queuedBytes += line.size();
        m_queue.emplace_back(model, std::move(line));
    }
    m_wake.notify_one();
}

void PredictionLog::flush()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [&] { return m_queue.empty() && !m_writing; });
}

QString PredictionLog::filePath(const QString& folder, const QString& model, int rotation)
{
    const QString name =
        rotation == 0 ? QStringLiteral("predictions.jsonl") : QStringLiteral("predictions.%1.jsonl").arg(rotation);
    return QDir(folder).filePath(model + QLatin1Char('/') + name);
}

void PredictionLog::run()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty() && m_stopping)
            return;
        std::deque<std::pair<QString, QByteArray>> batch;
        batch.swap(m_queue);
        m_queuedBytes = 0;
        m_writing = true;
        lock.unlock();
        std::map<QString, QByteArray> byModel;
        for (auto& [model, line] : batch)
            byModel[model] += line;
        for (const auto& [model, lines] : byModel) {
            if (!write(model, lines))
                m_dropped.fetch_add(lines.count('\n'));
        }
        lock.lock();
        m_writing = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

bool PredictionLog::write(const QString& model, const QByteArray& lines)
{
    auto problem = [&](const QString& message) {
        if (!m_reportedFailure && m_options.onProblem)
            m_options.onProblem(message);
        m_reportedFailure = true;
        return false;
    };
    // The model name becomes a folder: registry names are checked, but a bundle's may be anything.
    if (Status valid = names::check(model, CRUCIBLE_MESSAGE("a model name"), names::Use::PathComponent); !valid)
        return problem(CRUCIBLE_MESSAGE("prediction log: %1").arg(valid.error().message));
    const QString path = filePath(m_options.folder, model);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return problem(
            CRUCIBLE_MESSAGE("prediction log: cannot create the folder %1").arg(QFileInfo(path).absolutePath()));
    if (QFileInfo(path).size() + lines.size() > m_options.maxFileBytes && QFileInfo::exists(path)) {
        QFile::remove(filePath(m_options.folder, model, m_options.keepFiles));
        for (int i = m_options.keepFiles - 1; i >= 0; --i) {
            const QString from = filePath(m_options.folder, model, i);
            if (QFileInfo::exists(from))
                QFile::rename(from, filePath(m_options.folder, model, i + 1));
        }
        if (m_options.keepFiles <= 0)
            QFile::remove(path);
    }
    // Unbuffered: one write of the whole batch, whose failure carries the system's reason (a full
    // disk says so, not "Unknown error" from a later flush).
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return problem(CRUCIBLE_MESSAGE("prediction log: cannot write %1: %2").arg(path, file.errorString()));
    const qint64 before = file.size();
    errno = 0;
    const qint64 written = file.write(lines);
    const int code = errno;
    if (written != lines.size()) {
        // A write cut short (a full disk mid-batch) leaves Qt without an error of its own: the
        // system's reason is in errno.
        const QString reason = file.error() == QFileDevice::NoError && code != 0
            ? QString::fromStdString(std::error_code(code, std::generic_category()).message())
            : file.errorString();
        // A half-written batch would run into the next line: cut the file back to where it ended.
        file.resize(before);
        return problem(CRUCIBLE_MESSAGE("prediction log: writing %1 failed (%2); lines are dropped until it works")
                           .arg(path, reason));
    }
    m_reportedFailure = false;
    return true;
}

Result<QList<QJsonObject>> PredictionLog::read(const QString& folder, const QString& model, std::int64_t last)
{
    if (Status valid = names::check(model, CRUCIBLE_MESSAGE("a model name"), names::Use::PathComponent); !valid)
        return valid.error();
    QList<QJsonObject> newestFirst;
    bool any = false;
    for (int rotation = 0; rotation < 1000; ++rotation) {
        const QString path = filePath(folder, model, rotation);
        QFile file(path);
        if (!file.exists()) {
            if (rotation == 0)
                continue; // rotated just now, or never written: older files may still be there
            break;
        }
        any = true;
        if (!file.open(QIODevice::ReadOnly))
            return Error {ErrorCode::Io, CRUCIBLE_MESSAGE("cannot read: %1").arg(file.errorString()), path};
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            if (lines[i].trimmed().isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(lines[i]);
            if (!document.isObject())
                continue;
            newestFirst << document.object();
            if (last > 0 && newestFirst.size() >= last)
                break;
        }
        if (last > 0 && newestFirst.size() >= last)
            break;
    }
    if (!any)
        return Error {
            ErrorCode::NotFound,
            CRUCIBLE_MESSAGE("no prediction log for model '%1' (serve it with --log-sample above 0 first)").arg(model),
            QDir(folder).filePath(model)};
    return QList<QJsonObject>(newestFirst.rbegin(), newestFirst.rend());
}

} // namespace crucible
