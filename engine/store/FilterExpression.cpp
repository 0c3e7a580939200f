#include "FilterExpression.h"

#include "engine/core/Message.h"
#include "engine/store/RunField.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <vector>

namespace crucible {

namespace {

enum class TokenType { Field, Number, String, Operator, LeftParen, RightParen, Comma, And, Or, Not, True, False, End };
enum class Op { Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual, Contains, In, Like };

struct Token {
    TokenType type = TokenType::End;
    int position = 0;
    QString text; ///< as written (strings: unquoted and unescaped)
    double number = 0;
    Op op = Op::Equal;
};

struct SyntaxError {
    int position;
    QString message;
};

bool isFieldStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('`');
}

bool isFieldPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('/')
        || c == QLatin1Char(':') || c == QLatin1Char('.') || c == QLatin1Char('`');
}

class Lexer {
public:
    explicit Lexer(const QString& text) : m_text(text) { }

    std::vector<Token> tokens()
    {
        std::vector<Token> result;
        for (;;) {
            while (m_pos < m_text.size() && m_text[m_pos].isSpace())
                ++m_pos;
            if (m_pos >= m_text.size()) {
                result.push_back({TokenType::End, int(m_pos)});
                return result;
            }
            result.push_back(next());
        }
    }

private:
    Token next()
    {
        const int start = int(m_pos);
        const QChar c = m_text[m_pos];
        if (c == QLatin1Char('('))
            return ++m_pos, Token {TokenType::LeftParen, start, QStringLiteral("(")};
        if (c == QLatin1Char(')'))
            return ++m_pos, Token {TokenType::RightParen, start, QStringLiteral(")")};
        if (c == QLatin1Char(','))
            return ++m_pos, Token {TokenType::Comma, start, QStringLiteral(",")};
        if (c == QLatin1Char('"') || c == QLatin1Char('\''))
            return string(start, c);
        if (c.isDigit()
            || ((c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.')) && m_pos + 1 < m_text.size()
                && (m_text[m_pos + 1].isDigit() || m_text[m_pos + 1] == QLatin1Char('.'))))
            return numberToken(start);
        if (isFieldStart(c))
            return word(start);
        static const std::pair<const char*, Op> operators[] = {
            {"==", Op::Equal},        {"!=", Op::NotEqual}, {"<>", Op::NotEqual}, {"<=", Op::LessEqual},
            {">=", Op::GreaterEqual}, {"=", Op::Equal},     {"<", Op::Less},      {">", Op::Greater},
        };
        for (const auto& [spelling, op] : operators) {
            const QLatin1String text(spelling);
            if (QStringView(m_text).mid(m_pos).startsWith(text)) {
                m_pos += text.size();
                Token token {TokenType::Operator, start, QString(text)};
                token.op = op;
                return token;
            }
        }
        throw SyntaxError {start, CRUCIBLE_MESSAGE("unexpected character '%1'").arg(c)};
    }

    Token string(int start, QChar quote)
    {
        QString value;
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != quote) {
            // \" (the quote) and \\ are escapes; any other backslash is text: 'C:\tmp' is C:\tmp.
            if (m_text[m_pos] == QLatin1Char('\\') && m_pos + 1 < m_text.size()
                && (m_text[m_pos + 1] == quote || m_text[m_pos + 1] == QLatin1Char('\\')))
                ++m_pos;
            value += m_text[m_pos++];
        }
        if (m_pos >= m_text.size())
            throw SyntaxError {start, CRUCIBLE_MESSAGE("this string has no closing %1").arg(quote)};
        ++m_pos;
        return {TokenType::String, start, value};
    }

    Token numberToken(int start)
    {
        qsizetype end = m_pos + 1;
        while (end < m_text.size()
               && (m_text[end].isLetterOrNumber() || m_text[end] == QLatin1Char('.')
                   || ((m_text[end] == QLatin1Char('-') || m_text[end] == QLatin1Char('+'))
                       && (m_text[end - 1] == QLatin1Char('e') || m_text[end - 1] == QLatin1Char('E')))))
            ++end;
        const QString spelling = m_text.mid(m_pos, end - m_pos);
        bool ok = false;
        const double value = spelling.toDouble(&ok);
        if (!ok)
            throw SyntaxError {start, CRUCIBLE_MESSAGE("'%1' is not a number").arg(spelling)};
        m_pos = end;
        Token token {TokenType::Number, start, spelling};
        token.number = value;
        return token;
    }

    Token word(int start)
    {
        bool quoted = false;
        qsizetype end = m_pos;
        while (end < m_text.size() && (quoted || isFieldPart(m_text[end]))) {
            if (m_text[end] == QLatin1Char('`'))
                quoted = !quoted;
            ++end;
        }
        if (quoted)
            throw SyntaxError {start, CRUCIBLE_MESSAGE("this field name has no closing `")};
        const QString spelling = m_text.mid(m_pos, end - m_pos);
        m_pos = end;
        const QString lower = spelling.toLower();
        struct Keyword {
            const char* spelling;
            TokenType type;
            Op op;
        };
        static const Keyword keywords[] = {
            {"and", TokenType::And, Op::Equal},       {"or", TokenType::Or, Op::Equal},
            {"not", TokenType::Not, Op::Equal},       {"true", TokenType::True, Op::Equal},
            {"false", TokenType::False, Op::Equal},   {"contains", TokenType::Operator, Op::Contains},
            {"in", TokenType::Operator, Op::In},      {"like", TokenType::Operator, Op::Like},
            {"ilike", TokenType::Operator, Op::Like}, {"glob", TokenType::Operator, Op::Like},
        };
        for (const Keyword& keyword : keywords) {
            if (lower == QLatin1String(keyword.spelling)) {
                Token token {keyword.type, start, spelling};
                token.op = keyword.op;
                return token;
            }
        }
        return {TokenType::Field, start, spelling};
    }

    const QString& m_text;
    qsizetype m_pos = 0;
};

} // namespace

/// A span of time a literal names: a day ("2026-12-01") is the whole day, local time.
struct TimeSpan {
    qint64 fromMs = 0; ///< the first millisecond in it
    qint64 toMs = 0; ///< the first after it
};

struct FilterExpression::Node {
    enum class Kind { And, Or, Not, Compare };
    Kind kind = Kind::Compare;
    std::shared_ptr<const Node> left;
    std::shared_ptr<const Node> right;
    std::optional<RunField> field;
    Op op = Op::Equal;
    FieldValue literal;
    std::vector<FieldValue> list; ///< IN (...)
    QRegularExpression pattern; ///< LIKE, ILIKE, GLOB
    std::optional<TimeSpan> span; ///< a time field compared with a date
    std::vector<TimeSpan> spans; ///< a time field IN (dates)

    bool evaluate(const RunRecord& run) const;
    /// The comparison (or pattern) of a Compare node against one value of its field.
    bool compareOrMatch(const FieldValue& value) const;
};

namespace {

using NodePointer = std::shared_ptr<const FilterExpression::Node>;

QString describe(const Token& token)
{
    return token.type == TokenType::End ? CRUCIBLE_MESSAGE("the end") : QStringLiteral("'%1'").arg(token.text);
}

/// Limits that keep parsing, evaluating and freeing a filter within the stack, whatever its text:
/// each nesting level and each condition is a level of recursion somewhere.
constexpr int kMaxNesting = 100; ///< '(' and 'not' inside one another
constexpr int kMaxConditions = 1000;

class Parser {
public:
    explicit Parser(std::vector<Token> tokens) : m_tokens(std::move(tokens)) { }

    NodePointer parseAll()
    {
        NodePointer root = parseOr();
        if (peek().type != TokenType::End) {
            if (peek().type == TokenType::RightParen)
                throw SyntaxError {peek().position, CRUCIBLE_MESSAGE("this ')' has no matching '('")};
            throw SyntaxError {
                peek().position,
                CRUCIBLE_MESSAGE("unexpected %1: join conditions with 'and' or 'or'").arg(describe(peek()))};
        }
        return root;
    }

private:
    /// Counts one level of '(' or 'not' while it is parsed; refuses the level past the limit.
    class Nesting {
    public:
        Nesting(int& depth, int position) : m_depth(depth)
        {
            if (++m_depth > kMaxNesting)
                throw SyntaxError {position,
                                   CRUCIBLE_MESSAGE("the filter nests '(' and 'not' more than %1 levels deep: "
                                                    "write it flatter")
                                       .arg(kMaxNesting)};
        }
        ~Nesting() { --m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

    private:
        int& m_depth;
    };

    const Token& peek() const { return m_tokens[m_index]; }
    const Token& take() { return m_tokens[std::min(m_index++, m_tokens.size() - 1)]; }

    NodePointer binary(FilterExpression::Node::Kind kind, NodePointer left, NodePointer right)
    {
        auto node = std::make_shared<FilterExpression::Node>();
        node->kind = kind;
        node->left = std::move(left);
        node->right = std::move(right);
        return node;
    }

    NodePointer parseOr()
    {
        NodePointer left = parseAnd();
        while (peek().type == TokenType::Or) {
            take();
            left = binary(FilterExpression::Node::Kind::Or, left, parseAnd());
        }
        return left;
    }

    NodePointer parseAnd()
    {
        NodePointer left = parseNot();
        while (peek().type == TokenType::And) {
            take();
            left = binary(FilterExpression::Node::Kind::And, left, parseNot());
        }
        return left;
    }

    NodePointer parseNot()
    {
        if (peek().type == TokenType::Not) {
            const Nesting level(m_depth, take().position);
            return binary(FilterExpression::Node::Kind::Not, parseNot(), nullptr);
        }
        return parseCondition();
    }

    NodePointer parseCondition()
    {
        const Token& token = take();
        if (token.type == TokenType::LeftParen) {
            const Nesting level(m_depth, token.position);
            NodePointer inner = parseOr();
            if (peek().type != TokenType::RightParen)
                throw SyntaxError {peek().position,
                                   CRUCIBLE_MESSAGE("expected ')' to close the '(' at column %1, found %2")
                                       .arg(token.position + 1)
                                       .arg(describe(peek()))};
            take();
            return inner;
        }
        if (token.type != TokenType::Field) {
            throw SyntaxError {token.position,
                               CRUCIBLE_MESSAGE("expected a condition such as metrics.val_accuracy > 0.9, found %1")
                                   .arg(describe(token))};
        }
        if (++m_conditions > kMaxConditions)
            throw SyntaxError {token.position,
                               CRUCIBLE_MESSAGE("the filter has more than %1 conditions").arg(kMaxConditions)};
        QString problem;
        std::optional<RunField> field = RunField::parse(token.text, &problem);
        if (!field)
            throw SyntaxError {token.position, problem};
        // "not in" and "not like" (also "ilike", "glob", "contains"): the condition, negated.
        bool negated = false;
        if (peek().type == TokenType::Not && m_index + 1 < m_tokens.size()
            && m_tokens[m_index + 1].type == TokenType::Operator) {
            take();
            negated = true;
        }
        const Token& op = take();
        if (op.type != TokenType::Operator)
            throw SyntaxError {
                op.position,
                CRUCIBLE_MESSAGE("expected =, !=, <, <=, >, >=, in, like, ilike, glob or contains after '%1', found %2")
                    .arg(token.text, describe(op))};
        auto node = std::make_shared<FilterExpression::Node>();
        node->field = field;
        node->op = op.op;
        if (op.op == Op::In) {
            const int listPosition = peek().position;
            node->list = literalList(op, *field);
            if (field->isTime()) { // created in ('2026-12-01', '2026-12-02 14:30'): those days, that minute
                for (const FieldValue& item : node->list)
                    node->spans.push_back(timeSpan(item, listPosition));
            }
        } else {
            const int valuePosition = peek().position;
            node->literal = literal(op);
            checkValue(*field, node->literal, op.op, valuePosition);
            if (op.op == Op::Like)
                node->pattern = patternOf(op, node->literal.text, field->isEnumeration(), valuePosition);
            else if (field->isTime() && op.op != Op::Contains)
                node->span = timeSpan(node->literal, valuePosition);
        }
        if (negated)
            return binary(FilterExpression::Node::Kind::Not, node, nullptr);
        return node;
    }

    /// Status and device values are known words: compared without regard to case, and a status
    /// that is none of them is refused.
    void checkValue(const RunField& field, FieldValue& value, Op op, int position)
    {
        if (!field.isEnumeration() || value.kind != FieldValue::Kind::Text)
            return;
        if (op != Op::Contains && op != Op::Like)
            value.text = value.text.toLower();
        if (field.isStatus() && op != Op::Contains && op != Op::Like && !runStatusFromKey(value.text))
            throw SyntaxError {position,
                               CRUCIBLE_MESSAGE("unknown status '%1'; statuses are %2")
                                   .arg(value.text, runStatusKeys().join(QStringLiteral(", ")))};
    }

    std::vector<FieldValue> literalList(const Token& op, const RunField& field)
    {
        if (peek().type != TokenType::LeftParen)
            throw SyntaxError {peek().position,
                               CRUCIBLE_MESSAGE("expected a list after 'in', such as (\"adam\", \"sgd\"), found %1")
                                   .arg(describe(peek()))};
        take();
        std::vector<FieldValue> values;
        for (;;) {
            const int position = peek().position;
            FieldValue value = literal(op);
            checkValue(field, value, Op::Equal, position);
            values.push_back(value);
            if (++m_conditions > kMaxConditions)
                throw SyntaxError {position,
                                   CRUCIBLE_MESSAGE("the filter has more than %1 values").arg(kMaxConditions)};
            const Token& next = take();
            if (next.type == TokenType::RightParen)
                return values;
            if (next.type != TokenType::Comma)
                throw SyntaxError {next.position,
                                   CRUCIBLE_MESSAGE("expected ',' or ')' in the list, found %1").arg(describe(next))};
        }
    }

    /// LIKE and ILIKE take SQL's pattern (% any text, _ one character), GLOB the shell's (* ? [..]);
    /// the whole value must match. ILIKE, and LIKE on status and device, ignore case.
    static QRegularExpression patternOf(const Token& op, const QString& text, bool ignoreCase, int position)
    {
        const QString keyword = op.text.toLower();
        QString expression;
        const bool glob = keyword == QLatin1String("glob");
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == QLatin1Char(glob ? '*' : '%')) {
                expression += QStringLiteral(".*");
            } else if (c == QLatin1Char(glob ? '?' : '_')) {
                expression += QLatin1Char('.');
            } else if (glob && c == QLatin1Char('[') && text.indexOf(QLatin1Char(']'), i + 2) > i) {
                // a class, [abc] or [!abc] (or [^abc], as shells also read it); its characters taken as they are
                const qsizetype end = text.indexOf(QLatin1Char(']'), i + 2);
                QString members = text.mid(i + 1, end - i - 1);
                const bool excluded = members.size() > 1
                    && (members.startsWith(QLatin1Char('!')) || members.startsWith(QLatin1Char('^')));
                if (excluded)
                    members.remove(0, 1);
                expression += QLatin1Char('[') + QString(excluded ? QStringLiteral("^") : QString())
                    + QRegularExpression::escape(members).replace(QStringLiteral("\\-"), QStringLiteral("-"))
                    + QLatin1Char(']');
                i = end;
            } else if (c.isHighSurrogate() && i + 1 < text.size()) {
                expression += QRegularExpression::escape(text.mid(i, 2)); // one character beyond the BMP
                ++i;
            } else {
                expression += QRegularExpression::escape(QString(c));
            }
        }
        expression = QRegularExpression::anchoredPattern(expression);
        QRegularExpression::PatternOptions options = QRegularExpression::DotMatchesEverythingOption;
        if (keyword == QLatin1String("ilike") || ignoreCase)
            options |= QRegularExpression::CaseInsensitiveOption;
        QRegularExpression pattern(expression, options);
        if (!pattern.isValid())
            throw SyntaxError {position, CRUCIBLE_MESSAGE("'%1' is not a valid pattern").arg(text)};
        return pattern;
    }

    /// The span a date names, in local time unless it says its zone: 2026-12-01 (the day),
    /// 2026-12-01 14:30 (the minute), 2026-12-01 14:30:15 (the second), ISO 8601 with T and a
    /// zone; a number is milliseconds since 1970 (MLflow's start_time).
    static TimeSpan timeSpan(const FieldValue& value, int position)
    {
        if (value.kind == FieldValue::Kind::Number)
            return {qint64(value.number), qint64(value.number) + 1};
        const QString text = value.display().trimmed();
        struct Form {
            const char* format;
            qint64 lengthMs;
        };
        static const Form forms[] = {{"yyyy-MM-dd", 0},
                                     {"yyyy-MM-dd HH:mm", 60'000},
                                     {"yyyy-MM-dd HH:mm:ss", 1'000},
                                     {"yyyy-MM-ddTHH:mm", 60'000},
                                     {"yyyy-MM-ddTHH:mm:ss", 1'000}};
        for (const Form& form : forms) {
            const QDateTime moment = QDateTime::fromString(text, QString::fromLatin1(form.format));
            if (!moment.isValid())
                continue;
            if (form.lengthMs == 0) // a day, which is not always 24 hours long in local time
                return {moment.toMSecsSinceEpoch(), moment.addDays(1).toMSecsSinceEpoch()};
            return {moment.toMSecsSinceEpoch(), moment.toMSecsSinceEpoch() + form.lengthMs};
        }
        const QDateTime zoned = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (zoned.isValid() && text.size() > 19)
            return {zoned.toMSecsSinceEpoch(),
                    zoned.toMSecsSinceEpoch() + (text.contains(QLatin1Char('.')) ? 1 : 1000)};
        throw SyntaxError {position,
                           CRUCIBLE_MESSAGE("'%1' is not a date: write 2026-12-01, 2026-12-01 14:30 or "
                                            "2026-12-01 14:30:15 (local time)")
                               .arg(text)};
    }

    FieldValue literal(const Token& op)
    {
        const Token& token = take();
        FieldValue value;
        switch (token.type) {
        case TokenType::Number:
            value.kind = FieldValue::Kind::Number;
            value.number = token.number;
            break;
        case TokenType::String:
            value.kind = FieldValue::Kind::Text;
            value.text = token.text;
            break;
        case TokenType::True:
        case TokenType::False:
            value.kind = FieldValue::Kind::Bool;
            value.boolean = token.type == TokenType::True;
            break;
        case TokenType::Field:
            throw SyntaxError {token.position, CRUCIBLE_MESSAGE("put text in quotes: \"%1\"").arg(token.text)};
        default:
            throw SyntaxError {
                token.position,
                CRUCIBLE_MESSAGE("expected a number, a quoted string, true or false after '%1', found %2")
                    .arg(op.text, describe(token))};
        }
        if ((op.op == Op::Contains || op.op == Op::Like) && value.kind != FieldValue::Kind::Text)
            throw SyntaxError {token.position, CRUCIBLE_MESSAGE("'%1' needs a quoted string").arg(op.text.toLower())};
        return value;
    }

    std::vector<Token> m_tokens;
    size_t m_index = 0;
    int m_depth = 0; ///< levels of '(' and 'not' open now
    int m_conditions = 0;
};

bool orderHolds(Op op, int comparison)
{
    switch (op) {
    case Op::Equal:
        return comparison == 0;
    case Op::NotEqual:
        return comparison != 0;
    case Op::Less:
        return comparison < 0;
    case Op::LessEqual:
        return comparison <= 0;
    case Op::Greater:
        return comparison > 0;
    case Op::GreaterEqual:
        return comparison >= 0;
    case Op::Contains:
    case Op::In:
    case Op::Like:
        break;
    }
    return false;
}

bool compareNumbers(Op op, double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return op == Op::NotEqual;
    return orderHolds(op, a < b ? -1 : (a > b ? 1 : 0));
}

bool asNumber(const FieldValue& value, double* out)
{
    if (value.kind == FieldValue::Kind::Number) {
        *out = value.number;
        return true;
    }
    if (value.kind == FieldValue::Kind::Bool) {
        *out = value.boolean ? 1 : 0;
        return true;
    }
    if (value.kind == FieldValue::Kind::Text) {
        bool ok = false;
        *out = value.text.trimmed().toDouble(&ok);
        return ok;
    }
    return false;
}

bool compare(const FieldValue& field, Op op, const FieldValue& literal)
{
    if (field.kind == FieldValue::Kind::Missing)
        return op == Op::NotEqual;
    if (field.kind == FieldValue::Kind::TextList) {
        if (op == Op::Contains)
            return std::any_of(field.list.cbegin(), field.list.cend(),
                               [&](const QString& tag) { return tag.contains(literal.text, Qt::CaseInsensitive); });
        const bool has = field.list.contains(literal.display());
        return op == Op::Equal ? has : (op == Op::NotEqual ? !has : false);
    }
    if (op == Op::Contains)
        return field.exact().contains(literal.text, Qt::CaseInsensitive);
    const bool textual = field.kind == FieldValue::Kind::Text && literal.kind == FieldValue::Kind::Text;
    double a = 0;
    double b = 0;
    if (!textual && asNumber(field, &a) && asNumber(literal, &b))
        return compareNumbers(op, a, b);
    return orderHolds(op, QString::compare(field.display(), literal.display()));
}

bool matchesPattern(const FieldValue& value, const QRegularExpression& pattern)
{
    if (value.kind == FieldValue::Kind::Missing)
        return false;
    if (value.kind == FieldValue::Kind::TextList)
        return std::any_of(value.list.cbegin(), value.list.cend(),
                           [&](const QString& tag) { return pattern.match(tag).hasMatch(); });
    return pattern.match(value.exact()).hasMatch(); // numbers as they read back: lr like '0.001234561'
}

/// A stored time (ISO 8601, UTC) as the tables print it: local time, "2026-12-02 14:33:05".
FieldValue asPrinted(const FieldValue& value)
{
    const QDateTime moment =
        value.kind == FieldValue::Kind::Text ? QDateTime::fromString(value.text, Qt::ISODateWithMs) : QDateTime();
    if (!moment.isValid())
        return value;
    FieldValue printed = value;
    printed.text = moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return printed;
}

bool inTimeSpan(const FieldValue& value, Op op, const TimeSpan& span)
{
    const QDateTime moment =
        value.kind == FieldValue::Kind::Text ? QDateTime::fromString(value.text, Qt::ISODateWithMs) : QDateTime();
    if (!moment.isValid())
        return op == Op::NotEqual;
    const qint64 t = moment.toMSecsSinceEpoch();
    switch (op) {
    case Op::Equal:
        return t >= span.fromMs && t < span.toMs;
    case Op::NotEqual:
        return t < span.fromMs || t >= span.toMs;
    case Op::Less:
        return t < span.fromMs;
    case Op::LessEqual:
        return t < span.toMs;
    case Op::Greater:
        return t >= span.toMs;
    case Op::GreaterEqual:
        return t >= span.fromMs;
    case Op::Contains:
    case Op::In:
    case Op::Like:
        break;
    }
    return false;
}

} // namespace

bool FilterExpression::Node::evaluate(const RunRecord& run) const
{
    switch (kind) {
    case Kind::And:
        return left->evaluate(run) && right->evaluate(run);
    case Kind::Or:
        return left->evaluate(run) || right->evaluate(run);
    case Kind::Not:
        return !left->evaluate(run);
    case Kind::Compare: {
        const FieldValue value = field->valueOf(run);
        if (!spans.empty())
            return std::any_of(spans.cbegin(), spans.cend(),
                               [&](const TimeSpan& one) { return inTimeSpan(value, Op::Equal, one); });
        // A time in like/contains: as the tables print it (local, 2026-12-02 14:33:05) or as
        // --json writes it (UTC ISO 8601), either.
        if (field->isTime() && (op == Op::Like || op == Op::Contains) && compareOrMatch(asPrinted(value)))
            return true;
        return compareOrMatch(value);
    }
    }
    return false;
}

bool FilterExpression::Node::compareOrMatch(const FieldValue& value) const
{
    if (op == Op::In)
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const FieldValue& item) { return compare(value, Op::Equal, item); });
    if (op == Op::Like)
        return matchesPattern(value, pattern);
    if (span)
        return inTimeSpan(value, op, *span);
    return compare(value, op, literal);
}

FilterExpression::FilterExpression() = default;
FilterExpression::~FilterExpression() = default;
FilterExpression::FilterExpression(const FilterExpression&) = default;
FilterExpression& FilterExpression::operator=(const FilterExpression&) = default;

FilterExpression FilterExpression::parse(const QString& text)
{
    FilterExpression expression;
    expression.m_text = text;
    if (text.trimmed().isEmpty())
        return expression;
    try {
        Lexer lexer(text);
        Parser parser(lexer.tokens());
        expression.m_root = parser.parseAll();
    } catch (const SyntaxError& error) {
        expression.m_errorPosition = std::clamp(error.position, 0, int(text.size()));
        expression.m_errorMessage = error.message;
    }
    return expression;
}

bool FilterExpression::isEmpty() const
{
    return !m_root;
}

Error FilterExpression::error() const
{
    if (isValid())
        return {};
    return {ErrorCode::InvalidInput, m_errorMessage, CRUCIBLE_MESSAGE("filter, column %1").arg(m_errorPosition + 1)};
}

bool FilterExpression::matches(const RunRecord& run) const
{
    return !m_root || m_root->evaluate(run);
}

} // namespace crucible
