#include "RunTableModel.h"

#include "engine/core/Duration.h"

#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QThreadPool>

#include <algorithm>

namespace crucible {

namespace {

enum Column { NameColumn, ExperimentColumn, StatusColumn, CreatedColumn, DurationColumn, FixedColumns };

FieldValue textValue(const QString& text)
{
    FieldValue value;
    value.kind = FieldValue::Kind::Text;
    value.text = text;
    return value;
}

FieldValue numberValue(double number)
{
    FieldValue value;
    value.kind = FieldValue::Kind::Number;
    value.number = number;
    return value;
}

} // namespace

RunTableModel::RunTableModel(QObject* parent) : QAbstractTableModel(parent)
{ }

void RunTableModel::setRuns(std::vector<RunRecord> runs)
{
    replaceRuns(std::move(runs), true);
}

void RunTableModel::setRuns(std::vector<RunRecord> runs, const Ordering& sortedBy)
{
    replaceRuns(std::move(runs), !sortedBy.sortsLike(ordering()));
}

void RunTableModel::replaceRuns(std::vector<RunRecord> runs, bool sort)
{
    beginResetModel();
    m_runs.swap(runs);
    if (sort)
        applySort();
    endResetModel();
    // Freeing 10,000 records (each with its recipe, environment and params) takes tens of
    // milliseconds: the previous ones go on a pool thread, not the GUI thread.
    if (runs.size() > 1000) {
        auto doomed = std::make_shared<std::vector<RunRecord>>(std::move(runs));
        QThreadPool::globalInstance()->start([doomed = std::move(doomed)]() mutable { doomed.reset(); });
    }
}

void RunTableModel::setExtraColumns(const QStringList& fields)
{
    beginResetModel();
    m_extraNames.clear();
    m_extraFields.clear();
    for (const QString& name : fields) {
        if (auto field = RunField::parse(name)) {
            m_extraNames << name;
            m_extraFields.push_back(*field);
        }
    }
    if (m_sortColumn >= FixedColumns + int(m_extraFields.size()))
        m_sortColumn = -1;
    applySort();
    endResetModel();
}

QStringList RunTableModel::extraColumns() const
{
    return m_extraNames;
}

const RunRecord* RunTableModel::runAt(int row) const
{
    return row >= 0 && row < int(m_runs.size()) ? &m_runs[size_t(row)] : nullptr;
}

int RunTableModel::rowOf(const QString& id) const
{
    for (size_t i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].id == id)
            return int(i);
    }
    return -1;
}

int RunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FixedColumns + int(m_extraFields.size());
}

QString RunTableModel::statusText(RunStatus status)
{
    switch (status) {
    case RunStatus::Queued:
        return tr("Queued");
    case RunStatus::Running:
        return tr("Running");
    case RunStatus::Paused:
        return tr("Paused");
    case RunStatus::Finished:
        return tr("Finished");
    case RunStatus::Failed:
        return tr("Failed");
    case RunStatus::Stopped:
        return tr("Stopped", "a run the user stopped");
    case RunStatus::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

QIcon RunTableModel::statusIcon(RunStatus status)
{
    static QHash<int, QIcon> cache;
    auto found = cache.constFind(int(status));
    if (found != cache.constEnd())
        return found.value();
    QColor colour;
    switch (status) {
    case RunStatus::Queued:
        colour = QColor(0x95, 0xa5, 0xa6);
        break;
    case RunStatus::Running:
        colour = QColor(0x29, 0x80, 0xb9);
        break;
    case RunStatus::Paused:
        colour = QColor(0xf3, 0x9c, 0x12);
        break;
    case RunStatus::Finished:
        colour = QColor(0x27, 0xae, 0x60);
        break;
    case RunStatus::Failed:
        colour = QColor(0xc0, 0x39, 0x2b);
        break;
    case RunStatus::Stopped:
        colour = QColor(0x7f, 0x8c, 0x8d);
        break;
    case RunStatus::Interrupted:
        colour = QColor(0xd3, 0x54, 0x00);
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    painter.end();
    QIcon icon(pixmap);
    cache.insert(int(status), icon);
    return icon;
}

QString RunTableModel::displayText(const RunRecord& run, int column) const
{
    switch (column) {
    case NameColumn:
        return run.name;
    case ExperimentColumn:
        return run.experiment;
    case StatusColumn:
        return statusText(run.status);
    case CreatedColumn:
        return QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat);
    case DurationColumn:
        return formatDuration(run.durationSeconds(), DurationStyle::Table, QLocale());
    default:
        return m_extraFields[size_t(column - FixedColumns)].valueOf(run).display(QLocale());
    }
}

QVariant RunTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RunRecord& run = m_runs[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayText(run, index.column());
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(statusIcon(run.status)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn || index.column() == StatusColumn)
            return run.error.isEmpty() ? run.id : QStringLiteral("%1\n%2").arg(run.id, run.error);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case RunIdRole:
        return run.id;
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FixedColumns)
        return m_extraNames[section - FixedColumns];
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ExperimentColumn:
        return tr("Experiment");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    case DurationColumn:
        return tr("Duration");
    default: {
        // "metrics.val_accuracy" reads as "val_accuracy"; params keep a prefix so they stand apart.
        const QString name = m_extraNames[section - FixedColumns];
        if (name.startsWith(QLatin1String("metrics.")))
            return name.mid(8);
        return name;
    }
    }
}

void RunTableModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex& index : before)
        ids << m_runs[size_t(index.row())].id;
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowOf(ids[i]), before[i].column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

RunTableModel::Ordering RunTableModel::ordering() const
{
    return Ordering {m_sortColumn, m_sortOrder, m_extraNames, m_extraFields};
}

bool RunTableModel::Ordering::sortsLike(const Ordering& other) const
{
    if (column != other.column || order != other.order)
        return false;
    return column < FixedColumns
        || extraNames.value(column - FixedColumns) == other.extraNames.value(column - FixedColumns);
}

bool RunTableModel::Ordering::isBefore(const RunRecord& a, const RunRecord& b) const
{
    if (column < 0 || column >= FixedColumns + int(extraFields.size())) // as the catalogue lists: newest first
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    auto valueOf = [this](const RunRecord& run) -> FieldValue {
        switch (column) {
        case NameColumn:
            return textValue(run.name);
        case ExperimentColumn:
            return textValue(run.experiment);
        case StatusColumn:
            return numberValue(double(run.status));
        case CreatedColumn:
            return numberValue(double(run.createdAt.toMSecsSinceEpoch()));
        case DurationColumn:
            return run.startedAt.isValid() ? numberValue(run.durationSeconds()) : FieldValue {};
        default:
            return extraFields[size_t(column - FixedColumns)].valueOf(run);
        }
    };
    const FieldValue left = valueOf(a);
    const FieldValue right = valueOf(b);
    const bool missingLeft = left.kind == FieldValue::Kind::Missing;
    const bool missingRight = right.kind == FieldValue::Kind::Missing;
    if (missingLeft != missingRight)
        return missingRight;
    const int compared = FieldValue::compare(left, right);
    return order == Qt::DescendingOrder ? compared > 0 : compared < 0;
}

void RunTableModel::Ordering::apply(std::vector<RunRecord>& runs) const
{
    if (column < 0 || column >= FixedColumns + int(extraFields.size()))
        return;
    std::stable_sort(runs.begin(), runs.end(),
                     [this](const RunRecord& a, const RunRecord& b) { return isBefore(a, b); });
}

int RunTableModel::insertionRow(const RunRecord& run) const
{
    const Ordering current = ordering();
    const auto at =
        std::upper_bound(m_runs.begin(), m_runs.end(), run,
                         [&current](const RunRecord& a, const RunRecord& b) { return current.isBefore(a, b); });
    return int(at - m_runs.begin());
}

void RunTableModel::applyChanges(const QStringList& ids, std::vector<RunRecord> present)
{
    for (const QString& id : ids) {
        const int row = rowOf(id);
        auto found = std::find_if(present.begin(), present.end(), [&id](const RunRecord& run) { return run.id == id; });
        if (found == present.end()) {
            if (row >= 0) {
                beginRemoveRows({}, row, row);
                m_runs.erase(m_runs.begin() + row);
                endRemoveRows();
            }
            continue;
        }
        RunRecord run = std::move(*found);
        if (row >= 0) {
            const Ordering current = ordering();
            const bool staysInPlace = (row == 0 || !current.isBefore(run, m_runs[size_t(row - 1)]))
                && (row + 1 == int(m_runs.size()) || !current.isBefore(m_runs[size_t(row + 1)], run));
            if (staysInPlace) {
                m_runs[size_t(row)] = std::move(run);
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
                continue;
            }
            // Its sort value changed: move the row (a selection of it stays), then update it.
            RunRecord previous = std::move(m_runs[size_t(row)]);
            m_runs.erase(m_runs.begin() + row);
            const int at = insertionRow(run);
            m_runs.insert(m_runs.begin() + row, std::move(previous));
            const int destination = at <= row ? at : at + 1;
            if (destination != row && destination != row + 1) {
                beginMoveRows({}, row, row, {}, destination);
                m_runs.erase(m_runs.begin() + row);
                m_runs.insert(m_runs.begin() + at, std::move(run));
                endMoveRows();
            } else {
                m_runs[size_t(row)] = std::move(run);
            }
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
            continue;
        }
        const int at = insertionRow(run);
        beginInsertRows({}, at, at);
        m_runs.insert(m_runs.begin() + at, std::move(run));
        endInsertRows();
    }
}

void RunTableModel::applySort()
{
    ordering().apply(m_runs);
}

} // namespace crucible
