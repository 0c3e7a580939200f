#include "engine/interop/MlflowSearch.h"

#include "engine/core/Names.h"
#include "engine/store/FilterExpression.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace crucible::mlflow {

namespace {

struct Token {
    enum Kind { End, Word, String, Number, Op, LParen, RParen, Comma } kind = End;
    QString text;
    int position = 0;
};

Error problem(const QString& message, int position)
{
    return Error {ErrorCode::InvalidInput, message, QStringLiteral("filter, column %1").arg(position + 1)};
}

/// Splits the filter into tokens. An identifier keeps its dots and quoted parts together:
/// metrics.`val loss` and tags."mlflow.runName" are one Word each, quotes removed from the key
/// but the first dot kept as the separator.
Result<QList<Token>> tokenize(const QString& text)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token token;
        token.position = i;
        if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
            token.kind = c == QLatin1Char('(') ? Token::LParen : c == QLatin1Char(')') ? Token::RParen : Token::Comma;
            token.text = c;
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int start = ++i;
            while (i < n && text.at(i) != c)
                ++i;
            if (i >= n)
                return problem(QStringLiteral("a quoted value is not closed"), token.position);
            token.kind = Token::String;
            token.text = text.mid(start, i - start);
            ++i;
        } else if (c == QLatin1Char('=') || c == QLatin1Char('!') || c == QLatin1Char('<') || c == QLatin1Char('>')) {
            token.kind = Token::Op;
            token.text = c;
            ++i;
            if (i < n && text.at(i) == QLatin1Char('=')) {
                token.text += QLatin1Char('=');
                ++i;
            } else if (c == QLatin1Char('<') && i < n && text.at(i) == QLatin1Char('>')) {
                token.text = QStringLiteral("!=");
                ++i;
            }
            if (token.text == QLatin1String("!"))
                return problem(QStringLiteral("'!' must be followed by '='"), token.position);
            if (token.text == QLatin1String("=="))
                token.text = QStringLiteral("=");
        } else if (c.isDigit()
                   || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')) && i + 1 < n
                       && (text.at(i + 1).isDigit() || text.at(i + 1) == QLatin1Char('.')))) {
            const int start = i++;
            while (i < n
                   && (text.at(i).isLetterOrNumber() || text.at(i) == QLatin1Char('.')
                       || ((text.at(i) == QLatin1Char('-') || text.at(i) == QLatin1Char('+'))
                           && (text.at(i - 1) == QLatin1Char('e') || text.at(i - 1) == QLatin1Char('E')))))
                ++i;
            token.kind = Token::Number;
            token.text = text.mid(start, i - start);
            bool ok = false;
            token.text.toDouble(&ok);
            if (!ok)
                return problem(QStringLiteral("'%1' is not a number").arg(token.text), start);
        } else if (c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('`')) {
            // An identifier: segments of letters, digits, _ . / - : and quoted parts.
            QString word;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('`') || (d == QLatin1Char('"') && word.endsWith(QLatin1Char('.')))) {
                    const int start = ++i;
                    while (i < n && text.at(i) != d)
                        ++i;
                    if (i >= n)
                        return problem(QStringLiteral("a quoted key is not closed"), start - 1);
                    word += QChar(0x1F) + text.mid(start, i - start); // marks a quoted key
                    ++i;
                } else if (d.isLetterOrNumber() || d == QLatin1Char('_') || d == QLatin1Char('.')
                           || d == QLatin1Char('/') || d == QLatin1Char('-') || d == QLatin1Char(':')) {
                    word += d;
                    ++i;
                } else {
                    break;
                }
            }
            token.kind = Token::Word;
            token.text = word;
        } else {
            return problem(QStringLiteral("unexpected character '%1'").arg(c), i);
        }
        tokens.append(token);
    }
    Token end;
    end.position = n;
    tokens.append(end);
    return tokens;
}

/// A string in Crucible's filter language: double quotes, with backslash escapes.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString backQuoted(const QString& key)
{
    return QLatin1Char('`') + key + QLatin1Char('`');
}

/// One identifier split into its entity ("metrics", "params", "tags", "attributes") and key.
struct Identifier {
    QString entity;
    QString key;
};

Result<Identifier> identifier(const Token& token)
{
    const QString word = token.text;
    const int dot = int(word.indexOf(QLatin1Char('.')));
    QString prefix = dot < 0 ? QString() : word.left(dot).toLower();
    QString key = dot < 0 ? word : word.mid(dot + 1);
    key.remove(QChar(0x1F));
    static const QHash<QString, QString> kEntities {
        {QStringLiteral("metrics"), QStringLiteral("metrics")},
        {QStringLiteral("metric"), QStringLiteral("metrics")},
        {QStringLiteral("params"), QStringLiteral("params")},
        {QStringLiteral("param"), QStringLiteral("params")},
        {QStringLiteral("parameters"), QStringLiteral("params")},
        {QStringLiteral("parameter"), QStringLiteral("params")},
        {QStringLiteral("tags"), QStringLiteral("tags")},
        {QStringLiteral("tag"), QStringLiteral("tags")},
        {QStringLiteral("attributes"), QStringLiteral("attributes")},
        {QStringLiteral("attribute"), QStringLiteral("attributes")},
        {QStringLiteral("attr"), QStringLiteral("attributes")},
        {QStringLiteral("run"), QStringLiteral("attributes")},
    };
    if (dot < 0) {
        prefix = QStringLiteral("attributes");
    } else if (!kEntities.contains(prefix)) {
        if (prefix == QLatin1String("datasets") || prefix == QLatin1String("dataset"))
            return problem(QStringLiteral("filtering on datasets is not supported by Crucible's server"),
                           token.position);
        return problem(QStringLiteral("'%1' is not metrics, params, tags or attributes").arg(word.left(dot)),
                       token.position);
    }
    if (key.isEmpty())
        return problem(QStringLiteral("'%1' names no key").arg(word), token.position);
    for (const QChar c : key) {
        if (c == QLatin1Char('`') || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format
            || c.isSurrogate() || c == QChar::ReplacementCharacter)
            return problem(QStringLiteral("a key may not hold back-quotes or control characters"), token.position);
    }
    return Identifier {kEntities.value(prefix, prefix), key};
}

class Translator {
public:
    explicit Translator(QList<Token> tokens) : m_tokens(std::move(tokens)) { }

    Result<QString> run()
    {
        auto expression = disjunction();
        if (!expression)
            return expression;
        if (peek().kind != Token::End)
            return problem(QStringLiteral("expected AND, OR or the end, found '%1'").arg(peek().text), peek().position);
        return expression;
    }

private:
    const Token& peek() const { return m_tokens.at(m_next); }
    Token take() { return m_tokens.at(m_next++); }
    bool isKeyword(const char* word) const
    {
        return peek().kind == Token::Word && peek().text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    Result<QString> disjunction()
    {
        auto left = conjunction();
        if (!left)
            return left;
        QString text = left.value();
        while (isKeyword("or")) {
            take();
            auto right = conjunction();
            if (!right)
                return right;
            text += QStringLiteral(" or ") + right.value();
        }
        return text;
    }

    Result<QString> conjunction()
    {
        auto left = primary();
        if (!left)
            return left;
        QString text = left.value();
        while (isKeyword("and")) {
            take();
            auto right = primary();
            if (!right)
                return right;
            text += QStringLiteral(" and ") + right.value();
        }
        return text;
    }

    Result<QString> primary()
    {
        if (peek().kind == Token::LParen) {
            // Crucible's filters nest at most 100 levels; an IN list here adds two at most.
            if (++m_depth > kMaxDepth)
                return problem(QStringLiteral("the filter nests parentheses more than %1 levels deep").arg(kMaxDepth),
                               peek().position);
            take();
            auto inner = disjunction();
            --m_depth;
            if (!inner)
                return inner;
            if (peek().kind != Token::RParen)
                return problem(QStringLiteral("expected ')'"), peek().position);
            take();
            return QString(QStringLiteral("(") + inner.value() + QStringLiteral(")"));
        }
        return comparison();
    }

    /// A value: a string or number token.
    Result<Token> value()
    {
        if (peek().kind != Token::String && peek().kind != Token::Number)
            return problem(QStringLiteral("expected a value (a number or a quoted string)"), peek().position);
        return take();
    }

    Result<QString> comparison()
    {
        if (peek().kind != Token::Word)
            return problem(QStringLiteral("expected a key such as metrics.accuracy, params.lr or attributes.status"),
                           peek().position);
        const Token keyToken = take();
        auto id = identifier(keyToken);
        if (!id)
            return id.error();
        QString op;
        bool negated = false;
        const int opPosition = peek().position;
        if (peek().kind == Token::Op) {
            op = take().text;
        } else if (isKeyword("like") || isKeyword("ilike")) {
            op = take().text.toLower();
        } else if (isKeyword("in")) {
            take();
            op = QStringLiteral("in");
        } else if (isKeyword("not")) {
            take();
            if (!isKeyword("in"))
                return problem(QStringLiteral("expected IN after NOT"), peek().position);
            take();
            op = QStringLiteral("in");
            negated = true;
        } else {
            return problem(QStringLiteral("expected a comparison (=, !=, <, <=, >, >=, LIKE, ILIKE, IN)"), opPosition);
        }
        if (op == QLatin1String("in")) {
            if (peek().kind != Token::LParen)
                return problem(QStringLiteral("expected '(' after IN"), peek().position);
            take();
            QStringList parts;
            while (true) {
                auto item = value();
                if (!item)
                    return item.error();
                auto one = condition(id.value(), keyToken.position, QStringLiteral("="), item.value());
                if (!one)
                    return one;
                parts.append(one.value());
                if (peek().kind == Token::Comma) {
                    take();
                    continue;
                }
                if (peek().kind != Token::RParen)
                    return problem(QStringLiteral("expected ',' or ')' in the list"), peek().position);
                take();
                break;
            }
            const QString any = QStringLiteral("(") + parts.join(QStringLiteral(" or ")) + QStringLiteral(")");
            return negated ? QStringLiteral("not ") + any : any;
        }
        auto operand = value();
        if (!operand)
            return operand.error();
        return condition(id.value(), keyToken.position, op, operand.value());
    }

    Result<QString> condition(const Identifier& id, int position, const QString& op, const Token& operand)
    {
        QString crucibleOp = op;
        QString valueText = operand.kind == Token::Number ? operand.text : quoted(operand.text);
        const bool pattern = op == QLatin1String("like") || op == QLatin1String("ilike");
        if (pattern && operand.kind != Token::String)
            return problem(QStringLiteral("LIKE and ILIKE take a pattern in quotes, such as 'base%'"),
                           operand.position);
        // (Crucible's like and ilike are MLflow's: % and _, LIKE minding case, ILIKE not.)
        const bool ordering = op.startsWith(QLatin1Char('<')) || op.startsWith(QLatin1Char('>'));
        if (id.entity == QLatin1String("metrics")) {
            if (operand.kind != Token::Number)
                return problem(QStringLiteral("metrics are compared with numbers"), operand.position);
            return QStringLiteral("metrics.%1 %2 %3").arg(backQuoted(id.key), crucibleOp, valueText);
        }
        if (id.entity == QLatin1String("params"))
            return QStringLiteral("params.%1 %2 %3").arg(backQuoted(id.key), crucibleOp, valueText);
        if (id.entity == QLatin1String("tags")) {
            if (id.key == QLatin1String("mlflow.runName"))
                return QStringLiteral("name %1 %2").arg(crucibleOp, valueText);
            if (id.key == QLatin1String("mlflow.parentRunId"))
                return QStringLiteral("parent %1 %2").arg(crucibleOp, valueText);
            if (id.key.startsWith(QLatin1String("mlflow.")))
                return problem(QStringLiteral("filtering on the system tag %1 is not supported").arg(id.key), position);
            if (pattern)
                return QStringLiteral("tags.%1 %2 %3").arg(backQuoted(id.key), crucibleOp, valueText);
            if (ordering)
                return problem(QStringLiteral("tags are compared with =, !=, LIKE and ILIKE only"), position);
            const QString tag = quoted(id.key + QLatin1Char('=') + operand.text);
            return op == QLatin1String("=") ? QStringLiteral("tag = %1").arg(tag)
                                            : QStringLiteral("not tag = %1").arg(tag);
        }
        const QString attribute = id.key.toLower();
        if (attribute == QLatin1String("status")) {
            const QString key = statusKey(operand.text);
            if (key.isEmpty())
                return problem(QStringLiteral("'%1' is not a status (RUNNING, SCHEDULED, FINISHED, FAILED, KILLED)")
                                   .arg(operand.text),
                               operand.position);
            if (ordering || pattern)
                return problem(QStringLiteral("the status is compared with = and != only"), position);
            return QStringLiteral("status %1 %2").arg(crucibleOp, quoted(key));
        }
        if (attribute == QLatin1String("run_name"))
            return QStringLiteral("name %1 %2").arg(crucibleOp, valueText);
        if (attribute == QLatin1String("run_id"))
            return QStringLiteral("id %1 %2").arg(crucibleOp, valueText);
        return problem(
            QStringLiteral("filtering on the attribute '%1' is not supported (status, run_name and run_id are)")
                .arg(id.key),
            position);
    }

    static constexpr int kMaxDepth = 90;
    QList<Token> m_tokens;
    int m_next = 0;
    int m_depth = 0;
};

} // namespace

Result<QString> translateFilter(const QString& mlflowFilter)
{
    if (mlflowFilter.trimmed().isEmpty())
        return QString();
    auto tokens = tokenize(mlflowFilter);
    if (!tokens)
        return tokens.error();
    return Translator(tokens.value()).run();
}

QString filterFromEitherSyntax(const QString& text)
{
    // tags.mlflow.runName reads as a tag to Crucible, but MLflow's system tags are the run's own
    // fields: MLflow's reading first.
    static const QRegularExpression systemTag(QStringLiteral("tags\\.[`\"]?mlflow\\."),
                                              QRegularExpression::CaseInsensitiveOption);
    if (text.contains(systemTag)) {
        const Result<QString> translated = translateFilter(text);
        if (translated && FilterExpression::parse(translated.value()).isValid())
            return translated.value();
    }
    if (FilterExpression::parse(text).isValid())
        return text;
    const Result<QString> translated = translateFilter(text);
    if (translated && FilterExpression::parse(translated.value()).isValid())
        return translated.value();
    return text;
}

Result<QString> translateOrderBy(const QStringList& orderBy)
{
    if (orderBy.isEmpty())
        return QString();
    const QString clause = orderBy.first().trimmed();
    auto tokens = tokenize(clause);
    if (!tokens)
        return Error {ErrorCode::InvalidInput, tokens.error().message, QStringLiteral("order_by")};
    const QList<Token>& list = tokens.value();
    if (list.size() < 2 || list.first().kind != Token::Word)
        return Error {ErrorCode::InvalidInput, QStringLiteral("expected a key such as metrics.accuracy"),
                      QStringLiteral("order_by")};
    bool descending = false;
    if (list.size() >= 3) {
        const QString direction = list.at(1).text.toLower();
        if (list.at(1).kind != Token::Word || (direction != QLatin1String("asc") && direction != QLatin1String("desc"))
            || list.size() > 3)
            return Error {ErrorCode::InvalidInput, QStringLiteral("expected ASC or DESC after the key"),
                          QStringLiteral("order_by")};
        descending = direction == QLatin1String("desc");
    }
    auto id = identifier(list.first());
    if (!id)
        return Error {ErrorCode::InvalidInput, id.error().message, QStringLiteral("order_by")};
    QString field;
    if (id->entity == QLatin1String("metrics"))
        field = QStringLiteral("metrics.") + backQuoted(id->key);
    else if (id->entity == QLatin1String("params"))
        field = QStringLiteral("params.") + backQuoted(id->key);
    else if (id->entity == QLatin1String("attributes")) {
        static const QHash<QString, QString> kAttributes {
            {QStringLiteral("start_time"), QStringLiteral("started")},
            {QStringLiteral("end_time"), QStringLiteral("ended")},
            {QStringLiteral("run_name"), QStringLiteral("name")},
            {QStringLiteral("status"), QStringLiteral("status")},
            {QStringLiteral("run_id"), QStringLiteral("id")},
            {QStringLiteral("created"), QStringLiteral("created")},
        };
        field = kAttributes.value(id->key.toLower());
    }
    if (field.isEmpty())
        return Error {
            ErrorCode::InvalidInput,
            QStringLiteral("ordering by '%1' is not supported (metrics, params, start_time, end_time, run_name, "
                           "status and run_id are)")
                .arg(orderBy.first()),
            QStringLiteral("order_by")};
    return descending ? QLatin1Char('-') + field : field;
}

QString paramText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    if (value.isNull() || value.isUndefined())
        return QStringLiteral("None");
    return QString::fromUtf8(value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QString crucibleTag(const QString& key, const QString& value)
{
    if (key.startsWith(QLatin1String("mlflow.")) || key.isEmpty())
        return {};
    const QString tag = key + QLatin1Char('=') + value;
    return names::check(tag, QStringLiteral("a tag"), names::Use::Label).isOk() ? tag : QString();
}

QMap<QString, QString> mlflowTags(const QString& name, const QString& parentRunId, const QString& notes,
                                  const QStringList& tags, const QMap<QString, QString>& keyTags)
{
    // Key-value tags first: a Crucible tag "key=value" set later (in the workbench) wins.
    QMap<QString, QString> result;
    for (auto it = keyTags.constBegin(); it != keyTags.constEnd(); ++it) {
        if (!it.key().startsWith(QLatin1String("crucible.")))
            result.insert(it.key(), it.value());
    }
    for (const QString& tag : tags) {
        const qsizetype equals = tag.indexOf(QLatin1Char('='));
        if (equals > 0)
            result.insert(tag.left(equals), tag.mid(equals + 1));
        else
            result.insert(tag, QString());
    }
    result.insert(QStringLiteral("mlflow.runName"), name);
    if (!parentRunId.isEmpty())
        result.insert(QStringLiteral("mlflow.parentRunId"), parentRunId);
    if (!notes.isEmpty())
        result.insert(QStringLiteral("mlflow.note.content"), notes);
    return result;
}

QString statusName(const QString& crucibleStatus)
{
    static const QHash<QString, QString> kNames {
        {QStringLiteral("queued"), QStringLiteral("SCHEDULED")},
        {QStringLiteral("running"), QStringLiteral("RUNNING")},
        {QStringLiteral("paused"), QStringLiteral("RUNNING")},
        {QStringLiteral("finished"), QStringLiteral("FINISHED")},
        {QStringLiteral("failed"), QStringLiteral("FAILED")},
        {QStringLiteral("stopped"), QStringLiteral("KILLED")},
        {QStringLiteral("interrupted"), QStringLiteral("FAILED")},
    };
    return kNames.value(crucibleStatus, QStringLiteral("FAILED"));
}

QString statusKey(const QString& mlflowStatus)
{
    static const QHash<QString, QString> kKeys {
        {QStringLiteral("SCHEDULED"), QStringLiteral("queued")},
        {QStringLiteral("RUNNING"), QStringLiteral("running")},
        {QStringLiteral("FINISHED"), QStringLiteral("finished")},
        {QStringLiteral("FAILED"), QStringLiteral("failed")},
        {QStringLiteral("KILLED"), QStringLiteral("stopped")},
    };
    return kKeys.value(mlflowStatus.toUpper());
}

} // namespace crucible::mlflow
