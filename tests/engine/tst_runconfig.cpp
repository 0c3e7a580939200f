// RunConfig and ModelSpec: the recipe keys, --set errors, JSON round trips and hashes.
#include "engine/store/RunStore.h"
#include "engine/train/RunConfig.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace crucible;

class TestRunConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void setsEveryDocumentedKey()
    {
        RunConfig config;
        QVERIFY(config.apply({"model=mlp:64,32",
                              "epochs=3",
                              "batch_size=64",
                              "lr=3e-4",
                              "optimizer=SGD",
                              "momentum=0.8",
                              "nesterov=true",
                              "weight_decay=1e-4",
                              "schedule=cosine",
                              "warmup_epochs=0.5",
                              "early_stopping_patience=3",
                              "early_stopping_metric=val_accuracy",
                              "grad_clip=1",
                              "seed=7",
                              "deterministic=yes",
                              "device=cuda:1",
                              "threads=2",
                              "checkpoint_every=2",
                              "split=0.7,0.2,0.1",
                              "split_seed=9",
                              "step_size=5",
                              "step_gamma=0.5",
                              "amp=bf16",
                              "cudnn_benchmark=true"}));
        QCOMPARE(config.model.hidden, (std::vector<int> {64, 32}));
        QCOMPARE(config.epochs, 3);
        QCOMPARE(config.batchSize, 64);
        QCOMPARE(config.lr, 3e-4);
        QCOMPARE(config.optimizer, QStringLiteral("sgd"));
        QVERIFY(config.nesterov);
        QCOMPARE(config.schedule, QStringLiteral("cosine"));
        QCOMPARE(config.earlyStoppingMetric, QStringLiteral("val_accuracy"));
        QCOMPARE(config.seed, std::uint64_t(7));
        QVERIFY(config.deterministic);
        QCOMPARE(config.device, QStringLiteral("cuda:1"));
        QCOMPARE(config.splitValidation, 0.2);
        QCOMPARE(config.splitSeed, std::uint64_t(9));
        QCOMPARE(config.amp, QStringLiteral("bf16"));
        QVERIFY(config.cudnnBenchmark);
        for (const QString& key : RunConfig::keys())
            QVERIFY2(config.set(key, config.value(key)), qPrintable(key));
    }

    void gpuKeysAreRecordedOnlyWhenSetSoOldRecipesKeepTheirHash()
    {
        RunConfig plain;
        QVERIFY(!plain.toJson().contains(QStringLiteral("amp")));
        QVERIFY(!plain.toJson().contains(QStringLiteral("cudnn_benchmark")));
        QCOMPARE(plain.value(QStringLiteral("amp")), QStringLiteral("off"));
        RunConfig mixed;
        QVERIFY(mixed.apply({QStringLiteral("amp=fp16"), QStringLiteral("cudnn_benchmark=yes")}));
        QVERIFY(mixed.hash() != plain.hash());
        const auto reread = RunConfig::fromJson(mixed.toJson());
        QVERIFY(reread);
        QCOMPARE(reread->amp, QStringLiteral("fp16"));
        QVERIFY(reread->cudnnBenchmark);
        QCOMPARE(reread->hash(), mixed.hash());
        const Status bad = mixed.set(QStringLiteral("amp"), QStringLiteral("int8"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("off, bf16, fp16")), qPrintable(bad.error().message));
    }

    /// Every key's value() reads back through set(), large whole numbers included (a data-parallel
    /// run hands its workers the recipe this way).
    void everyValueReadsBackThroughSet()
    {
        RunConfig config;
        QVERIFY(config.apply({QStringLiteral("seed=1000000"), QStringLiteral("split_seed=100000"),
                              QStringLiteral("batch_size=100000"), QStringLiteral("epochs=1000"),
                              QStringLiteral("lr=0.0003"), QStringLiteral("dist_timeout=120"),
                              QStringLiteral("model=mlp:64,32")}));
        QCOMPARE(config.value(QStringLiteral("seed")), QStringLiteral("1000000"));
        RunConfig copy;
        for (const QString& key : RunConfig::keys()) {
            const Status set = copy.set(key, config.value(key));
            QVERIFY2(set, qPrintable(key + QStringLiteral("=") + config.value(key)));
        }
        QCOMPARE(copy.hash(), config.hash());
    }

    void errorsNameTheKeyAndTheChoices()
    {
        RunConfig config;
        Status status = config.set(QStringLiteral("optimizer"), QStringLiteral("rmsprop"));
        QVERIFY(!status);
        QVERIFY(status.error().where.contains(QStringLiteral("optimizer")));
        QVERIFY(status.error().message.contains(QStringLiteral("sgd, adam, adamw")));
        status = config.set(QStringLiteral("learning_rate"), QStringLiteral("1"));
        QVERIFY(!status);
        QVERIFY(status.error().message.contains(QStringLiteral("unknown recipe key 'learning_rate'")));
        QVERIFY(status.error().message.contains(QStringLiteral("batch_size")));
        status = config.set(QStringLiteral("epochs"), QStringLiteral("zero"));
        QVERIFY(!status && status.error().where.contains(QStringLiteral("epochs")));
        QVERIFY(!config.set(QStringLiteral("device"), QStringLiteral("tpu")));
        QVERIFY(!config.set(QStringLiteral("split"), QStringLiteral("0.8,0.2")));
        QVERIFY(!config.apply({QStringLiteral("lr")}));
        status = config.set(QStringLiteral("model"), QStringLiteral("transformer"));
        QVERIFY(!status && status.error().text().contains(QStringLiteral("mlp:256,128")));
    }

    void roundTripsThroughJsonWithAStableHash()
    {
        RunConfig config;
        QVERIFY(config.apply({"model=cnn:16,32", "lr=0.01", "schedule=step", "split=0.6,0.2,0.2"}));
        auto back = RunConfig::fromJson(config.toJson());
        QVERIFY(back);
        QCOMPARE(back->canonicalJson(), config.canonicalJson());
        QCOMPARE(back->hash(), config.hash());
        QCOMPARE(config.hash(), RunStore::configHash(config.toJson()));
        QCOMPARE(config.hash().size(), 64);
        RunConfig other = config;
        other.lr = 0.02;
        QVERIFY(other.hash() != config.hash());
        QJsonObject unknown = config.toJson();
        unknown.insert(QStringLiteral("colour"), QStringLiteral("red"));
        QVERIFY(!RunConfig::fromJson(unknown));
    }

    void parsesModelSpecs()
    {
        for (const char* text : {"mlp", "cnn:32,64", "resnet", "logistic", "auto"}) {
            auto spec = ModelSpec::parse(QString::fromLatin1(text));
            QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().text()));
        }
        QCOMPARE(ModelSpec::parse(QStringLiteral("mlp"))->hidden, (std::vector<int> {256, 128}));
        QCOMPARE(ModelSpec::parse(QStringLiteral("cnn:32,64"))->conv.size(), size_t(2));
        QCOMPARE(ModelSpec::parse(QStringLiteral("resnet"))->stages, (std::vector<int> {16, 32, 64}));
        QCOMPARE(ModelSpec::parse(QStringLiteral("logistic"))->kind, ModelKind::Linear);
        QCOMPARE(ModelSpec::parse(QStringLiteral("auto"))->resolvedFor(DatasetKind::Images).kind, ModelKind::Cnn);
        QCOMPARE(ModelSpec::parse(QStringLiteral("auto"))->resolvedFor(DatasetKind::Tabular).kind, ModelKind::Mlp);
        QVERIFY(!ModelSpec::parse(QStringLiteral("mlp:256,x")));
        QVERIFY(!ModelSpec::parse(QStringLiteral(R"({"kind":"mlp","activation":"swish"})")));
        QVERIFY(!ModelSpec::parse(QStringLiteral(R"({"kind":"mlp","layers":[3]})")));
        QVERIFY(!ModelSpec::preset(ModelKind::Cnn).checkFor(DatasetKind::Tabular));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("spec.json"));
        ModelSpec spec = ModelSpec::preset(ModelKind::Cnn);
        spec.batchNorm = true;
        spec.dropout = 0.25;
        spec.conv[0].kernel = 5;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(spec.toJson()).toJson());
        file.close();
        auto read = ModelSpec::parse(path);
        QVERIFY2(read, qPrintable(read ? QString() : read.error().text()));
        QVERIFY(read.value() == spec);
        QCOMPARE(spec.summary(), QStringLiteral("cnn 32-64 | fc 128"));
    }
};

QTEST_GUILESS_MAIN(TestRunConfig)
#include "tst_runconfig.moc"
