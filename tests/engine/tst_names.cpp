#include "engine/core/Names.h"

#include <QTest>

using namespace crucible;

class TestNames : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pathComponentsRefuseWhatLeavesOrSharesAFolder_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty") << QString() << QStringLiteral("be empty");
        QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("be empty");
        QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("start with '.'");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("start with '.'");
        QTest::newRow("hidden") << QStringLiteral(".git") << QStringLiteral("start with '.'");
        QTest::newRow("trailing dot") << QStringLiteral("model.") << QStringLiteral("end with '.'");
        QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("contain '/'");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("contain '\\'");
        QTest::newRow("colon") << QStringLiteral("c:x") << QStringLiteral("contain ':'");
        QTest::newRow("star") << QStringLiteral("a*") << QStringLiteral("contain '*'");
        QTest::newRow("device") << QStringLiteral("con") << QStringLiteral("be a device name");
        QTest::newRow("device with extension") << QStringLiteral("LPT1.txt") << QStringLiteral("be a device name");
        QTest::newRow("nul byte") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                                  << QStringLiteral("control or format characters (U+0000)");
        QTest::newRow("escape") << QStringLiteral("a\x1b[31mred") << QStringLiteral("(U+001B)");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("(U+000A)");
        QTest::newRow("right-to-left override")
            << QStringLiteral("model") + QChar(0x202E) + QStringLiteral("txt") << QStringLiteral("(U+202E)");
        QTest::newRow("zero width space") << QStringLiteral("a") + QChar(0x200B) << QStringLiteral("(U+200B)");
        QTest::newRow("lone surrogate") << QStringLiteral("a") + QChar(0xD800) << QStringLiteral("broken UTF-16");
        QTest::newRow("leading space") << QStringLiteral(" iris") << QStringLiteral("start or end with spaces");
        QTest::newRow("too long") << QString(101, QLatin1Char('m')) << QStringLiteral("longer than 100 characters");
    }
    void pathComponentsRefuseWhatLeavesOrSharesAFolder()
    {
        QFETCH(QString, name);
        QFETCH(QString, why);
        const Status checked = names::check(name, QStringLiteral("a model name"), names::Use::PathComponent);
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
        QVERIFY2(checked.error().message.startsWith(QStringLiteral("a model name must not ")),
                 qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(why), qPrintable(checked.error().message));
        QCOMPARE(checked.error().where, name);
    }

    void ordinaryNamesPass()
    {
        for (const QString& name :
             {QStringLiteral("iris"), QStringLiteral("fashion-mnist_cnn v2"), QStringLiteral("Modèle"),
              QStringLiteral("模型"), QStringLiteral("rocket \U0001F680"), QStringLiteral("a.b"),
              QStringLiteral("console"), QString(100, QLatin1Char('m'))}) {
            const Status checked = names::check(name, QStringLiteral("a model name"), names::Use::PathComponent);
            QVERIFY2(checked,
                     qPrintable(name + QStringLiteral(": ") + (checked ? QString() : checked.error().message)));
        }
    }

    void labelsAllowPathCharactersButNotHiddenText()
    {
        // An experiment called like MLflow's "/Users/ana/churn" is no path: fine as a label.
        QVERIFY(
            names::check(QStringLiteral("/Users/ana/churn"), QStringLiteral("an experiment name"), names::Use::Label));
        QVERIFY(names::check(QStringLiteral(".hidden: yes?"), QStringLiteral("a dataset name"), names::Use::Label));
        QVERIFY(!names::check(QStringLiteral("ok\x1b]0;pwned\x07"), QStringLiteral("a run name"), names::Use::Label));
        QVERIFY(!names::check(QString(201, QLatin1Char('x')), QStringLiteral("a run name"), names::Use::Label));
        QVERIFY(names::check(QString(200, QLatin1Char('x')), QStringLiteral("a run name"), names::Use::Label));
    }

    void namesThatDifferOnlyInCaseOrFormCollide()
    {
        QCOMPARE(names::collisionKey(QStringLiteral("Iris")), names::collisionKey(QStringLiteral("iris")));
        // "é" precomposed and as e + combining acute accent: one folder on macOS.
        QCOMPARE(names::collisionKey(QStringLiteral("caf\u00e9")), names::collisionKey(QStringLiteral("cafe\u0301")));
        QVERIFY(names::collisionKey(QStringLiteral("iris")) != names::collisionKey(QStringLiteral("iris2")));
    }

    void staysInsideIsTheLastGuard()
    {
        for (const char* bad : {"", ".", "..", "a/b", "../x", "a\\b"})
            QVERIFY2(!names::staysInside(QString::fromLatin1(bad)), bad);
        QVERIFY(!names::staysInside(QStringLiteral("a") + QChar(0)));
        QVERIFY(names::staysInside(QStringLiteral("0190a1b2c3d4e5f6")));
        QVERIFY(names::staysInside(QStringLiteral("...")));
    }
};

QTEST_GUILESS_MAIN(TestNames)
#include "tst_names.moc"
