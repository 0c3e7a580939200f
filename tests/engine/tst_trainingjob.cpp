// TrainingJob as the Train page drives it: start, pause, resume, stop, drain samples, and the
// runs it records (status, params, metrics, checkpoints, confusion matrix, resume as a child).
#include "engine/data/DatasetStore.h"
#include "engine/data/Samples.h"
#include "engine/store/MetricReader.h"
#include "engine/store/RunCatalog.h"
#include "engine/store/RunStore.h"
#include "engine/store/Workspace.h"
#include "engine/torch/TorchRuntime.h"
#include "engine/torch/Trainer.h"
#include "engine/train/TrainingJob.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace crucible;

namespace {

TrainingRequest moonsRequest(int epochs, int batch = 8)
{
    TrainingRequest request;
    request.dataset = QStringLiteral("moons");
    request.config.model = ModelSpec::parse(QStringLiteral("mlp:16")).value();
    request.config.epochs = epochs;
    request.config.batchSize = batch;
    request.config.lr = 0.01;
    request.config.device = QStringLiteral("cpu");
    request.config.threads = 1;
    request.experiment = QStringLiteral("tests");
    return request;
}

RunStatus statusOf(const Workspace& workspace, const QString& runId)
{
    return RunCatalog(workspace).run(runId)->status;
}

} // namespace

class TestTrainingJob : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Workspace> m_workspace;

    /// Drains samples the way the Train page does: on a single-shot timer after the signal.
    std::vector<MetricSample> runToEnd(TrainingJob& job)
    {
        std::vector<MetricSample> samples;
        int signals = 0;
        QObject context; // the connection and pending timers die with this call
        connect(&job, &TrainingJob::samplesAvailable, &context, [&] {
            ++signals;
            QTimer::singleShot(33, &context, [&] {
                for (MetricSample& sample : job.drainSamples())
                    samples.push_back(std::move(sample));
            });
        });
        QSignalSpy finished(&job, &TrainingJob::finished);
        if (!finished.wait(120000))
            qFatal("training did not finish");
        for (MetricSample& sample : job.drainSamples())
            samples.push_back(std::move(sample));
        // Far fewer notifications than samples: the buffer is drained in batches.
        if (samples.size() > 50 && signals * 4 > int(samples.size()))
            qFatal("one signal per sample (%d signals, %d samples)", signals, int(samples.size()));
        return samples;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto workspace = Workspace::open(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(workspace);
        m_workspace = std::move(workspace.value());
        auto imported = DatasetStore(*m_workspace)
                            .importDataset(twoMoons(400, 0.1, 1), QStringLiteral("moons"), QStringLiteral("class"),
                                           QStringLiteral("test"));
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().text()));
    }

    void recordsAFinishedRun()
    {
        TrainingJob job(m_workspace, torchBackend());
        QSignalSpy created(&job, &TrainingJob::runCreated);
        QVERIFY(job.start(moonsRequest(3)));
        QVERIFY(!job.start(moonsRequest(3)));
        const std::vector<MetricSample> samples = runToEnd(job);
        QCOMPARE(job.state(), TrainingState::Finished);
        QVERIFY(job.result());
        const TrainingResult result = job.result().value();
        QCOMPARE(created.count(), 1);
        QCOMPARE(result.runId, job.runId());
        QVERIFY(std::count_if(samples.begin(), samples.end(), [](const MetricSample& s) { return s.key == "loss"; })
                == 120); // 320 training rows, batch 8, 3 epochs

        auto run = RunCatalog(*m_workspace).run(result.runId);
        QVERIFY(run);
        QCOMPARE(run->status, RunStatus::Finished);
        QCOMPARE(run->experiment, QStringLiteral("tests"));
        QCOMPARE(run->datasetName, QStringLiteral("moons"));
        QCOMPARE(run->configHash, result.config.hash());
        QCOMPARE(run->seed.value_or(-1), qint64(42));
        QCOMPARE(run->device, QStringLiteral("cpu"));
        // The environment comes from the LibTorch backend: its version and BLAS, not only the machine's.
        QCOMPARE(run->environment.value(QStringLiteral("libtorch_version")).toString(), torchruntime::version());
        QVERIFY(!run->environment.value(QStringLiteral("blas")).toString().isEmpty());
        QVERIFY(!run->environment.value(QStringLiteral("cpu")).toString().isEmpty());
        QCOMPARE(run->params.value(QStringLiteral("lr")).toDouble(), 0.01);
        QCOMPARE(run->params.value(QStringLiteral("model.parameter_count")).toInteger(),
                 qint64(16 * 2 + 16 + 16 * 2 + 2));
        for (const char* key :
             {"loss", "lr", "samples_per_s", "epoch_time_s", "val_loss", "val_accuracy", "test_loss", "test_accuracy"})
            QVERIFY2(run->metrics.contains(QLatin1String(key)), key);
        QCOMPARE(run->metrics.value(QStringLiteral("loss")).count, qint64(120));
        QStringList kinds;
        for (const ArtifactRecord& artifact : run->artifacts)
            kinds << artifact.kind;
        QVERIFY2(kinds.contains(QStringLiteral("confusion_matrix")), qPrintable(kinds.join(',')));
        QVERIFY(kinds.contains(QStringLiteral("checkpoint")));
        QVERIFY(kinds.contains(QStringLiteral("input_signature")));
    }

    void keepsTheNewestCheckpointsAndTheBest()
    {
        TrainingJob job(m_workspace, torchBackend());
        TrainingRequest request = moonsRequest(8);
        request.config.keepCheckpoints = 2;
        request.config.earlyStoppingMetric = QStringLiteral("val_accuracy");
        QVERIFY(job.start(request));
        const std::vector<MetricSample> samples = runToEnd(job);
        QCOMPARE(job.state(), TrainingState::Finished);
        // The epoch whose validation accuracy was best first.
        int bestEpoch = 0;
        double best = -1.0;
        for (const MetricSample& sample : samples) {
            if (sample.key == QLatin1String("val_accuracy") && sample.value > best) {
                best = sample.value;
                bestEpoch = int(sample.epoch);
            }
        }
        auto run = RunCatalog(*m_workspace).run(job.runId());
        QVERIFY(run);
        QStringList recorded;
        for (const ArtifactRecord& artifact : run->artifacts) {
            if (artifact.kind == QLatin1String("checkpoint"))
                recorded << artifact.path;
        }
        recorded.sort();
        const QString folder =
            QDir(RunStore(*m_workspace).runFolder(job.runId())).filePath(QStringLiteral("checkpoints"));
        QStringList files = QDir(folder).entryList(QDir::Files);
        for (QString& file : files)
            file.prepend(QStringLiteral("checkpoints/"));
        QCOMPARE(files, recorded); // rows and files agree
        // 40 steps an epoch: step-0000000280.pt and -320 are the newest two.
        QVERIFY2(files.contains(QStringLiteral("checkpoints/step-0000000280.pt")), qPrintable(files.join(' ')));
        QVERIFY(files.contains(QStringLiteral("checkpoints/step-0000000320.pt")));
        const QString bestFile = QStringLiteral("checkpoints/step-%1.pt").arg(bestEpoch * 40, 10, 10, QLatin1Char('0'));
        QVERIFY2(files.contains(bestFile), qPrintable(bestFile + QStringLiteral(" not in ") + files.join(' ')));
        QCOMPARE(files.size(), bestEpoch >= 7 ? 2 : 3);
    }

    void pausesResumesAndStops()
    {
        TrainingJob job(m_workspace, torchBackend());
        QSignalSpy states(&job, &TrainingJob::stateChanged);
        QSignalSpy samples(&job, &TrainingJob::samplesAvailable);
        QVERIFY(job.start(moonsRequest(500, 4)));
        QVERIFY(samples.wait(60000));
        job.pause();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), TrainingState::Paused, 30000);
        QTRY_COMPARE(statusOf(*m_workspace, job.runId()), RunStatus::Paused);
        const qint64 pausedAt = job.progress().step;
        job.drainSamples();
        QTest::qWait(300); // nothing moves while paused
        QVERIFY(job.drainSamples().empty());
        QCOMPARE(job.progress().step, pausedAt);

        job.resume();
        QTRY_COMPARE_WITH_TIMEOUT(job.state(), TrainingState::Running, 30000);
        size_t received = 0;
        QTRY_VERIFY_WITH_TIMEOUT((received += job.drainSamples().size()) > 0, 30000);
        QCOMPARE(statusOf(*m_workspace, job.runId()), RunStatus::Running);
        job.stop();
        QSignalSpy finished(&job, &TrainingJob::finished);
        QVERIFY(finished.wait(60000));
        QCOMPARE(job.state(), TrainingState::Stopped);
        QCOMPARE(job.result()->status, RunStatus::Stopped);
        QCOMPARE(statusOf(*m_workspace, job.runId()), RunStatus::Stopped);
        QVERIFY(QFile::exists(job.result()->outcome.lastCheckpoint));
    }

    void resumesAStoppedRunAsAChildWithContinuingSteps()
    {
        TrainingJob job(m_workspace, torchBackend());
        QSignalSpy samples(&job, &TrainingJob::samplesAvailable);
        TrainingRequest request = moonsRequest(200, 4);
        QVERIFY(job.start(request));
        QVERIFY(samples.wait(60000));
        job.stop();
        runToEnd(job);
        const TrainingResult parent = job.result().value();
        QCOMPARE(parent.status, RunStatus::Stopped);
        const qint64 stoppedAt = parent.outcome.steps;
        QVERIFY(stoppedAt > 0);

        TrainingRequest resume;
        resume.resumeRun = parent.runId;
        resume.overrides = {QStringLiteral("epochs=2")};
        resume.experiment = QStringLiteral("tests");
        QVERIFY(job.start(resume));
        runToEnd(job);
        const TrainingResult child = job.result().value();
        QVERIFY2(child.status == RunStatus::Finished, qPrintable(child.error));
        QCOMPARE(child.parentRunId, parent.runId);
        QCOMPARE(RunCatalog(*m_workspace).run(child.runId)->parentRunId, parent.runId);
        auto points = MetricReader(*m_workspace).points(child.runId, QStringLiteral("loss"));
        QVERIFY(points && !points->empty());
        QCOMPARE(points->front().step, stoppedAt + 1);
        QCOMPARE(points->back().step, qint64(160)); // 2 epochs of 80 steps
    }

    void failuresBecomeFailedRuns()
    {
        TrainingJob job(m_workspace, torchBackend());
        TrainingRequest request = moonsRequest(50);
        request.config.optimizer = QStringLiteral("sgd");
        request.config.lr = 1e6;
        request.config.model = ModelSpec::parse(QStringLiteral("mlp:64,64")).value();
        QVERIFY(job.start(request));
        runToEnd(job);
        QCOMPARE(job.state(), TrainingState::Failed);
        const TrainingResult result = job.result().value();
        QVERIFY2(result.error.startsWith(QStringLiteral("loss diverged at step")), qPrintable(result.error));
        auto run = RunCatalog(*m_workspace).run(result.runId);
        QCOMPARE(run->status, RunStatus::Failed);
        QCOMPARE(run->error, result.error);

        // Problems before a run exists are errors, not runs.
        TrainingRequest missing = moonsRequest(1);
        missing.dataset = QStringLiteral("no-such-data");
        QVERIFY(job.start(missing));
        runToEnd(job);
        QVERIFY(job.error());
        QVERIFY(!job.result());
        QCOMPARE(job.state(), TrainingState::Failed);
    }
};

QTEST_GUILESS_MAIN(TestTrainingJob)
#include "tst_trainingjob.moc"
