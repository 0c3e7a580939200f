#pragma once

#include "engine/core/Error.h"

#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

namespace crucible::mlflow {

/// Translates a filter in MLflow's search syntax (`metrics.acc > 0.9 and params.lr = '0.01'`)
/// into Crucible's filter language (see FilterExpression), as the tracking server's runs/search
/// and the CLI do. Understood: metrics.KEY, params.KEY and tags.KEY (back-quoted or double-quoted
/// keys too), attributes.status / run_name / run_id (also bare, and with the prefixes attribute,
/// attr and run); =, !=, <, <=, >, >=, LIKE and ILIKE with a pattern '%text%' (contains), IN and
/// NOT IN with a list; AND, OR and parentheses. Statuses are MLflow's (RUNNING, FINISHED,
/// FAILED, KILLED, SCHEDULED). tags.mlflow.runName and tags.mlflow.parentRunId read the run's
/// name and parent. Anything else is InvalidInput saying what is not supported, where "filter,
/// column N". Thread: any.
Result<QString> translateFilter(const QString& mlflowFilter);

/// A filter as typed by a user: in Crucible's language when it reads as one, else translated from
/// MLflow's search syntax when that reads it (attributes.status = 'FINISHED', tags.x LIKE 'a%'),
/// else as it is, so that Crucible's parser reports the problem. Thread: any.
QString filterFromEitherSyntax(const QString& text);

/// Translates MLflow's order_by clauses (["metrics.acc DESC", "attributes.start_time"]) into a
/// RunQuery sort key; only the first clause decides (ties keep the newest first). Empty for none.
Result<QString> translateOrderBy(const QStringList& orderBy);

/// A param as MLflow shows it: text as it is, numbers in their shortest exact form, true/false
/// as Python prints them. Thread: any.
QString paramText(const QJsonValue& value);

/// The Crucible tag "key=value" that holds MLflow's tag `key`, when one can (a user's tag, not one
/// of MLflow's mlflow.* system tags, that makes a valid tag); empty otherwise, and then the tag
/// is kept by key (InteropStore::setKeyTag). Thread: any.
QString crucibleTag(const QString& key, const QString& value);

/// Every MLflow tag of a Crucible run: its tags ("key=value", or a plain tag with an empty
/// value), its key-value tags (crucible.* ones left out), and mlflow.runName, mlflow.parentRunId
/// and mlflow.note.content from the run's name, parent and notes. Thread: any.
QMap<QString, QString> mlflowTags(const QString& name, const QString& parentRunId, const QString& notes,
                                  const QStringList& tags, const QMap<QString, QString>& keyTags);

/// MLflow's status name for a Crucible status key ("finished" -> "FINISHED", "stopped" -> "KILLED").
QString statusName(const QString& crucibleStatus);
/// Crucible's status key for an MLflow status name; empty when it names none.
QString statusKey(const QString& mlflowStatus);

} // namespace crucible::mlflow
