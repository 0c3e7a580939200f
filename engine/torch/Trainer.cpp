#include "Trainer.h"
#include "engine/core/Message.h"
#include "engine/torch/TorchApi.h"

#include "FastLayers.h"
#include "GradientExchange.h"
#include "ModelBuilder.h"
#include "TorchRuntime.h"
#include "TrainerSupport.h"

#include <ATen/Parallel.h>
#include <ATen/autocast_mode.h>
#include <torch/cuda.h>
#include <torch/nn.h>
#include <torch/optim.h>
#include <torch/version.h>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace crucible {

namespace {

using Clock = std::chrono::steady_clock;

const QString kLoss = QStringLiteral("loss");
const QString kLr = QStringLiteral("lr");
const QString kSamplesPerSecond = QStringLiteral("samples_per_s");
const QString kEpochTime = QStringLiteral("epoch_time_s");

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double wallNow()
{
    return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
}

torch::Tensor features(const SplitArrays& arrays, const std::vector<std::int64_t>& shape)
{
    std::vector<std::int64_t> sizes {arrays.rows};
    sizes.insert(sizes.end(), shape.begin(), shape.end());
    // Shares the vector's memory: the TrainingData outlives the trainer. Nothing writes to it.
    return torch::from_blob(const_cast<float*>(arrays.features.data()), sizes, torch::kFloat);
}

torch::Tensor targets(const SplitArrays& arrays, Task task)
{
    if (task == Task::Classification)
        return torch::from_blob(const_cast<std::int64_t*>(arrays.classes.data()), {arrays.rows}, torch::kLong);
    return torch::from_blob(const_cast<float*>(arrays.values.data()), {arrays.rows, 1}, torch::kFloat);
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const RunConfig& config, std::vector<torch::Tensor> parameters)
{
    using namespace torch::optim;
    if (config.optimizer == QLatin1String("sgd"))
        return std::make_unique<SGD>(parameters,
                                     SGDOptions(config.lr)
                                         .momentum(config.momentum)
                                         .nesterov(config.nesterov && config.momentum > 0.0)
                                         .weight_decay(config.weightDecay));
    if (config.optimizer == QLatin1String("adamw"))
        return std::make_unique<AdamW>(parameters, AdamWOptions(config.lr).weight_decay(config.weightDecay));
    return std::make_unique<Adam>(parameters, AdamOptions(config.lr).weight_decay(config.weightDecay));
}

/// Autocast on CUDA for the forward pass and the loss, as `with torch.autocast("cuda", dtype)` does.
class CudaAutocast {
public:
    CudaAutocast(bool enabled, at::ScalarType type) : m_enabled(enabled)
    {
        if (!m_enabled)
            return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_dtype(at::kCUDA, type);
        at::autocast::set_autocast_enabled(at::kCUDA, true);
#else
        at::autocast::set_autocast_gpu_dtype(type);
        at::autocast::set_enabled(true);
#endif
        at::autocast::increment_nesting();
    }
    ~CudaAutocast()
    {
        if (!m_enabled)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_enabled(at::kCUDA, false);
#else
        at::autocast::set_enabled(false);
#endif
    }
    CudaAutocast(const CudaAutocast&) = delete;
    CudaAutocast& operator=(const CudaAutocast&) = delete;

private:
    bool m_enabled;
};

/// Dynamic loss scaling for float16 training, as torch.cuda.amp.GradScaler does: the loss is scaled
/// before backward, gradients unscaled before clipping and the step, and a step whose gradients hold
/// an inf or NaN is skipped while the scale halves; after 2,000 clean steps the scale doubles.
class LossScaler {
public:
    explicit LossScaler(const torch::Device& device)
        : m_scale(torch::full({1}, 65536.0, torch::TensorOptions().dtype(torch::kFloat).device(device))),
          m_growthTracker(torch::zeros({1}, torch::TensorOptions().dtype(torch::kInt).device(device))),
          m_foundInf(torch::zeros({1}, torch::TensorOptions().dtype(torch::kFloat).device(device)))
    { }
    torch::Tensor scale(const torch::Tensor& loss) const { return loss * m_scale; }
    /// Unscales the gradients in place; false when they hold an inf or NaN (skip the step).
    bool unscale(const std::vector<torch::Tensor>& parameters)
    {
        std::vector<torch::Tensor> grads;
        for (const torch::Tensor& parameter : parameters)
            if (parameter.grad().defined())
                grads.push_back(parameter.grad());
        m_foundInf.zero_();
        at::_amp_foreach_non_finite_check_and_unscale_(grads, m_foundInf, m_scale.reciprocal());
        return m_foundInf.item<float>() == 0.0f;
    }
    void update() { at::_amp_update_scale_(m_scale, m_growthTracker, m_foundInf, 2.0, 0.5, 2000); }

private:
    torch::Tensor m_scale, m_growthTracker, m_foundInf;
};

/// One step's loss waiting to be read: on CUDA losses are read in groups to avoid a sync a step.
struct PendingLoss {
    qint64 step = 0;
    double epoch = 0;
    double lr = 0;
    torch::Tensor loss;
};

} // namespace

Result<QString> torchimpl::resolveDevice(const QString& device)
{
    if (device == QLatin1String("auto"))
        return torch::cuda::is_available() ? QStringLiteral("cuda:0") : QStringLiteral("cpu");
    if (device == QLatin1String("cpu"))
        return device;
    if (!torch::cuda::is_available())
        return Error {ErrorCode::InvalidInput,
                      CRUCIBLE_MESSAGE("device '%1' asked for, but CUDA is not usable here (this LibTorch is CPU-only "
                                       "or no GPU is visible); use --device cpu or auto")
                          .arg(device),
                      QStringLiteral("device")};
    const int index = device.contains(QLatin1Char(':')) ? device.section(QLatin1Char(':'), 1).toInt() : 0;
    if (index < 0 || index >= int(torch::cuda::device_count()))
        return Error {
            ErrorCode::InvalidInput,
            CRUCIBLE_MESSAGE("there is no CUDA device '%1' (%2 visible)").arg(device).arg(torch::cuda::device_count()),
            QStringLiteral("device")};
    return QStringLiteral("cuda:%1").arg(index);
}

struct Trainer::Impl {
    const TrainingData& data;
    RunConfig config;
    TrainerOptions options;
    TrainingObserver* observer = nullptr;

    torch::Device device {torch::kCPU};
    torch::nn::Sequential model {nullptr};
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    torch::Tensor trainX, trainY, validationX, validationY;
    detail::TrainerPosition position;
    std::int64_t stepsPerEpoch = 0;
    std::vector<PendingLoss> pending;
    std::optional<LossScaler> scaler; ///< float16 mixed precision only
    bool autocast = false;
    at::ScalarType autocastType = at::kBFloat16;
    int readEvery = 1;
    double currentLr = -1;
    std::unique_ptr<detail::GradientExchange> exchange; ///< data-parallel runs only
    bool agreedStop = false; ///< a data-parallel run: some rank asked to stop at the last step
    std::unique_ptr<QFile> trace; ///< CRUCIBLE_DDP_TRACE: "STEP HASH" lines after each step
    TrainingProgress progress;
    Clock::time_point lastProgress;
    qint64 stepsAtLastProgress = 0;

    Impl(const TrainingData& d, RunConfig c, TrainerOptions o)
        : data(d), config(std::move(c)), options(std::move(o)) { }

    TrainingOutcome train();
    void setUp(TrainingOutcome& outcome);
    std::optional<TrainingOutcome> runEpoch(TrainingOutcome& outcome);
    std::optional<TrainingOutcome> readLosses();
    bool endEpoch(TrainingOutcome& outcome, double seconds, std::int64_t samples);
    double learningRate(qint64 step) const;
    void report(bool force);
    QString saveCheckpoint();
    void exportModel(TrainingOutcome& outcome);
    std::optional<TrainingOutcome> control(TrainingOutcome& outcome);
};

Trainer::Trainer(const TrainingData& data, RunConfig config, TrainerOptions options)
    : m_impl(std::make_unique<Impl>(data, std::move(config), std::move(options)))
{ }

Trainer::~Trainer() = default;

TrainingOutcome Trainer::run(TrainingObserver& observer)
{
    m_impl->observer = &observer;
    // A failure keeps what the run got as far as: device, threads, size, steps.
    auto failed = [this](const QString& message) {
        TrainingOutcome outcome;
        outcome.state = TrainingState::Failed;
        outcome.error = message;
        outcome.steps = m_impl->position.step;
        outcome.epochs = m_impl->position.epoch;
        outcome.device = m_impl->progress.device;
        outcome.threads = at::get_num_threads();
        if (m_impl->model)
            for (const torch::Tensor& parameter : m_impl->model->parameters())
                outcome.parameterCount += parameter.numel();
        return outcome;
    };
    try {
        return m_impl->train();
    } catch (const c10::Error& error) {
        return failed(QString::fromStdString(error.what_without_backtrace()));
    } catch (const std::exception& error) {
        return failed(QString::fromLocal8Bit(error.what()));
    }
}

namespace {

/// Every step allocates and frees tensors the size of the model (gradients, Adam's temporaries).
/// glibc maps such blocks afresh and unmaps them (or trims its heap) on each free, so each step
/// pays a page fault per 4 KB of them: Adam's step on the Fashion-MNIST MLP took twice as long in
/// a process where that happened. Blocks up to 32 MB come from the heap instead, and up to 64 MB of
/// freed memory stays there for the next step. Once per process; not where the user tuned malloc.
void keepTensorMemory()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        if (qEnvironmentVariableIsSet("GLIBC_TUNABLES") || qEnvironmentVariableIsSet("MALLOC_MMAP_THRESHOLD_")
            || qEnvironmentVariableIsSet("MALLOC_TRIM_THRESHOLD_"))
            return;
        mallopt(M_MMAP_THRESHOLD, 32 << 20);
        mallopt(M_TRIM_THRESHOLD, 64 << 20);
    });
#endif
}

} // namespace

void Trainer::Impl::setUp(TrainingOutcome& outcome)
{
    keepTensorMemory();
    if (options.threads > 0)
        at::set_num_threads(options.threads);
    at::globalContext().setDeterministicAlgorithms(config.deterministic, false);
    torch::manual_seed(config.seed);
    QString askedDevice = config.device;
    // Data-parallel workers on GPUs: each takes the GPU of its local rank, as torchrun's scripts do.
    if (options.group && torch::cuda::is_available()
        && (askedDevice == QLatin1String("cuda") || askedDevice == QLatin1String("auto")))
        askedDevice = QStringLiteral("cuda:%1").arg(options.group->setup().localRank
                                                    % std::max<int>(1, int(torch::cuda::device_count())));
    auto deviceName = torchimpl::resolveDevice(askedDevice);
    if (!deviceName)
        throw std::runtime_error(deviceName.error().message.toStdString());
    device = torch::Device(deviceName->toStdString());
    outcome.device = deviceName.value();
    progress.device = outcome.device;
    outcome.threads = at::get_num_threads();

    model = detail::buildModel(config.model.resolvedFor(data.kind), data.inputShape, data.outputs);
    for (const torch::Tensor& parameter : model->parameters())
        outcome.parameterCount += parameter.numel();
    model->to(device);
    optimizer = makeOptimizer(config, model->parameters());

    trainX = features(data.train, data.inputShape).to(device);
    trainY = targets(data.train, data.task).to(device);
    if (data.validation.rows > 0) {
        validationX = features(data.validation, data.inputShape).to(device);
        validationY = targets(data.validation, data.task).to(device);
    }
    stepsPerEpoch = (data.train.rows + config.batchSize - 1) / config.batchSize;
    readEvery = device.is_cuda() ? 16 : 1;
    // Mixed precision and cuDNN's autotuner act on a GPU; on the CPU the run trains in float32.
    if (device.is_cuda()) {
        autocast = config.amp != QLatin1String("off");
        autocastType = config.amp == QLatin1String("fp16") ? at::kHalf : at::kBFloat16;
        if (config.amp == QLatin1String("fp16"))
            scaler.emplace(device);
        at::globalContext().setBenchmarkCuDNN(config.cudnnBenchmark);
    }
    // Seeded like torch.Generator().manual_seed(seed) in a PyTorch script, so a run shuffles as that
    // script does (the model initialisation draws from the global generator seeded the same).
    position.shuffle = at::make_generator<at::CPUGeneratorImpl>(config.seed);
    if (!options.resumeFrom.isEmpty())
        detail::loadCheckpoint(options.resumeFrom, model, *optimizer, position, data.train.rows);
    if (options.group) {
        // Every rank starts from rank 0's parameters; the same seed gives the same permutations.
        exchange = std::make_unique<detail::GradientExchange>(*options.group, model->parameters());
        outcome.allreduce = exchange->transport();
        exchange->broadcastParameters();
        const DataParallel& setup = options.group->setup();
        if (!setup.traceFile.isEmpty()) {
            trace = std::make_unique<QFile>(setup.traceFile + QStringLiteral(".rank%1").arg(setup.rank));
            TORCH_CHECK(trace->open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write ",
                        trace->fileName().toStdString(), " (CRUCIBLE_DDP_TRACE): ", trace->errorString().toStdString());
        }
    }

    progress.device = outcome.device;
    progress.epochs = config.epochs;
    progress.totalSteps = stepsPerEpoch * config.epochs;
}

TrainingOutcome Trainer::Impl::train()
{
    TrainingOutcome outcome;
    observer->stateChanged(TrainingState::Preparing);
    setUp(outcome);
    observer->stateChanged(TrainingState::Running);
    lastProgress = Clock::now();
    stepsAtLastProgress = position.step;
    while (position.epoch < config.epochs) {
        if (auto ended = runEpoch(outcome))
            return *ended;
        if (position.stopEarly) {
            outcome.stoppedEarly = true;
            break;
        }
    }
    outcome.epochs = position.epoch;
    outcome.steps = position.step;
    if (!options.checkpointFolder.isEmpty() && config.checkpointEvery > 0
        && position.epoch % config.checkpointEvery != 0)
        outcome.lastCheckpoint = saveCheckpoint();
    detail::Evaluation test;
    if (data.test.rows > 0)
        test = detail::evaluate(model, data, features(data.test, data.inputShape).to(device),
                                targets(data.test, data.task).to(device), true);
    if (test.rows > 0) {
        for (auto it = test.metrics.begin(); it != test.metrics.end(); ++it) {
            const QString key = QStringLiteral("test_") + it.key();
            outcome.finalMetrics.insert(key, it.value());
            observer->metric({key, position.step, double(position.epoch), it.value(), wallNow()});
        }
        outcome.confusionMatrix = test.confusionMatrix;
        outcome.testPredictions = std::move(test.predictedValues);
    }
    exportModel(outcome);
    outcome.state = TrainingState::Finished;
    report(true);
    return outcome;
}

std::optional<TrainingOutcome> Trainer::Impl::control(TrainingOutcome& outcome)
{
    // A data-parallel run stops only where every rank agreed (the step's exchange), and does not
    // pause: the others would wait for the paused one until dist_timeout.
    const bool stop = exchange ? agreedStop : observer->isStopRequested();
    if (!exchange && observer->isPauseRequested() && !observer->isStopRequested()) {
        if (auto ended = readLosses())
            return ended;
        observer->stateChanged(TrainingState::Paused);
        observer->waitWhilePaused();
        if (!observer->isStopRequested())
            observer->stateChanged(TrainingState::Running);
        lastProgress = Clock::now();
        stepsAtLastProgress = position.step;
    }
    if (!stop && !(!exchange && observer->isStopRequested()))
        return std::nullopt;
    observer->stateChanged(TrainingState::Stopping);
    if (auto ended = readLosses())
        return ended;
    outcome.state = TrainingState::Stopped;
    outcome.steps = position.step;
    outcome.epochs = position.epoch;
    if (!options.checkpointFolder.isEmpty())
        outcome.lastCheckpoint = saveCheckpoint();
    exportModel(outcome);
    report(true);
    return outcome;
}

std::optional<TrainingOutcome> Trainer::Impl::runEpoch(TrainingOutcome& outcome)
{
    const std::int64_t rows = data.train.rows;
    const std::int64_t batch = config.batchSize;
    if (position.batch == 0 || !position.permutation.defined())
        position.permutation = torch::randperm(rows, position.shuffle, torch::kLong);
    const torch::Tensor order = position.permutation.to(device);
    const auto loss = data.task == Task::Classification
        ? [](const torch::Tensor& out, const torch::Tensor& y) { return torch::cross_entropy_loss(out, y); }
        : [](const torch::Tensor& out, const torch::Tensor& y) { return torch::mse_loss(out, y); };
    const bool clip = config.gradClip > 0.0;
    std::vector<torch::Tensor> parameters = model->parameters();
    model->train();
    const Clock::time_point start = Clock::now();
    std::int64_t samples = 0;
    for (; position.batch < stepsPerEpoch; ++position.batch) {
        if (auto ended = control(outcome))
            return ended;
        const std::int64_t first = position.batch * batch;
        const std::int64_t globalRows = std::min(batch, rows - first);
        std::int64_t begin = first, count = globalRows;
        if (exchange) {
            // This rank's share of the global batch: contiguous, sizes differing by at most one row.
            const DataParallel& setup = options.group->setup();
            // A rank never gets one row alone (batch norm refuses a single row in training): a
            // last batch smaller than twice the world goes to the first ranks, two rows or more each.
            const std::int64_t world = std::max<std::int64_t>(
                1, std::min<std::int64_t>(setup.worldSize, globalRows >= 2 ? globalRows / 2 : 1));
            const std::int64_t base = globalRows / world, extra = globalRows % world;
            if (setup.rank < world) {
                begin = first + setup.rank * base + std::min<std::int64_t>(setup.rank, extra);
                count = base + (setup.rank < extra ? 1 : 0);
            } else {
                begin = first;
                count = 0;
            }
        }
        const double lr = learningRate(position.step);
        if (lr != currentLr) {
            for (auto& group : optimizer->param_groups())
                group.options().set_lr(lr);
            currentLr = lr;
        }
        for (torch::Tensor& parameter : parameters)
            parameter.mutable_grad().reset();
        torch::Tensor value;
        if (count > 0) {
            const torch::Tensor index = order.narrow(0, begin, count);
            const torch::Tensor x = trainX.index_select(0, index);
            const torch::Tensor y = trainY.index_select(0, index);
            CudaAutocast scope(autocast, autocastType);
            value = loss(detail::forwardModel(model, x), y).to(torch::kFloat);
        }
        if (exchange)
            exchange->beginStep(double(count) / double(globalRows), value, observer->isStopRequested());
        if (value.defined())
            (scaler ? scaler->scale(value) : value).backward();
        if (exchange) {
            auto [global, stopAsked] = exchange->finishStep();
            value = global;
            agreedStop = stopAsked;
        }
        if (scaler) {
            const bool finite = scaler->unscale(parameters);
            if (finite && clip)
                torch::nn::utils::clip_grad_norm_(parameters, config.gradClip);
            if (finite)
                optimizer->step();
            scaler->update();
        } else {
            if (clip)
                torch::nn::utils::clip_grad_norm_(parameters, config.gradClip);
            optimizer->step();
        }
        if (trace) {
            const QByteArray line = QStringLiteral("%1 %2\n")
                                        .arg(position.step + 1)
                                        .arg(QString::fromStdString(exchange->parameterHash()))
                                        .toUtf8();
            TORCH_CHECK(trace->write(line) == line.size(), "cannot write ", trace->fileName().toStdString(),
                        " (CRUCIBLE_DDP_TRACE): ", trace->errorString().toStdString());
        }
        ++position.step;
        samples += globalRows;
        const double epoch = double(position.epoch) + double(position.batch + 1) / double(stepsPerEpoch);
        pending.push_back({position.step, epoch, lr, value.detach()});
        if (int(pending.size()) >= readEvery) {
            if (auto ended = readLosses())
                return ended;
        }
        report(false);
    }
    if (auto ended = readLosses())
        return ended;
    position.batch = 0;
    ++position.epoch;
    if (endEpoch(outcome, secondsSince(start), samples) && !options.checkpointFolder.isEmpty())
        outcome.lastCheckpoint = saveCheckpoint();
    return std::nullopt;
}

std::optional<TrainingOutcome> Trainer::Impl::readLosses()
{
    if (pending.empty())
        return std::nullopt;
    std::vector<double> values;
    if (pending.size() == 1) {
        values.push_back(pending.front().loss.item<double>());
    } else {
        std::vector<torch::Tensor> losses;
        for (const PendingLoss& entry : pending)
            losses.push_back(entry.loss);
        const torch::Tensor all = torch::stack(losses).to(torch::kCPU, torch::kDouble);
        values.assign(all.data_ptr<double>(), all.data_ptr<double>() + all.numel());
    }
    const double now = wallNow();
    for (size_t i = 0; i < pending.size(); ++i) {
        const PendingLoss& entry = pending[i];
        if (!std::isfinite(values[i])) {
            TrainingOutcome failed;
            failed.state = TrainingState::Failed;
            failed.steps = entry.step;
            failed.epochs = position.epoch;
            failed.error = CRUCIBLE_MESSAGE("loss diverged at step %1 (epoch %2)")
                               .arg(entry.step)
                               .arg(int(std::ceil(entry.epoch - 1e-9)));
            observer->metric({kLoss, entry.step, entry.epoch, values[i], now});
            pending.clear();
            return failed;
        }
        observer->metric({kLoss, entry.step, entry.epoch, values[i], now});
        observer->metric({kLr, entry.step, entry.epoch, entry.lr, now});
        progress.lastLoss = values[i];
    }
    pending.clear();
    return std::nullopt;
}

bool Trainer::Impl::endEpoch(TrainingOutcome& outcome, double seconds, std::int64_t samples)
{
    const double now = wallNow();
    const double epoch = double(position.epoch);
    observer->metric({kEpochTime, position.step, epoch, seconds, now});
    observer->metric({kSamplesPerSecond, position.step, epoch, seconds > 0 ? double(samples) / seconds : 0.0, now});
    if (exchange) // batch norm statistics are each rank's own: every rank evaluates with rank 0's
        exchange->broadcastBuffers(model->buffers());
    const detail::Evaluation validation = detail::evaluate(model, data, validationX, validationY, false);
    for (auto it = validation.metrics.begin(); it != validation.metrics.end(); ++it) {
        const QString key = QStringLiteral("val_") + it.key();
        outcome.finalMetrics.insert(key, it.value());
        observer->metric({key, position.step, epoch, it.value(), now});
    }
    const auto watched = validation.metrics.find(config.earlyStoppingMetric.mid(4));
    if (config.earlyStoppingPatience > 0 && watched != validation.metrics.end()) {
        const bool lowerIsBetter = !config.earlyStoppingMetric.contains(QLatin1String("accuracy"))
            && !config.earlyStoppingMetric.contains(QLatin1String("r2"));
        const double value = lowerIsBetter ? watched.value() : -watched.value();
        if (value < position.best) {
            position.best = value;
            position.badEpochs = 0;
        } else if (++position.badEpochs >= config.earlyStoppingPatience) {
            position.stopEarly = true;
        }
    }
    if (exchange) // rank 0 decides, so that every rank stops at the same epoch
        position.stopEarly = exchange->agree(position.stopEarly);
    report(true);
    return config.checkpointEvery > 0 && position.epoch % config.checkpointEvery == 0;
}

double Trainer::Impl::learningRate(qint64 step) const
{
    const double warmup = std::round(config.warmupEpochs * double(stepsPerEpoch));
    if (double(step) < warmup)
        return config.lr * double(step + 1) / warmup;
    if (config.schedule == QLatin1String("step")) {
        const qint64 epoch = step / std::max<std::int64_t>(stepsPerEpoch, 1);
        return config.lr * std::pow(config.stepGamma, double(epoch / config.stepSize));
    }
    if (config.schedule == QLatin1String("cosine")) {
        const double total = std::max(double(stepsPerEpoch) * config.epochs - warmup, 1.0);
        const double t = std::min((double(step) - warmup) / total, 1.0);
        return config.lr * 0.5 * (1.0 + std::cos(M_PI * t));
    }
    return config.lr;
}

void Trainer::Impl::report(bool force)
{
    const Clock::time_point now = Clock::now();
    const double elapsed = std::chrono::duration<double>(now - lastProgress).count();
    if (!force && elapsed < 0.1)
        return;
    progress.epoch = std::min(position.epoch + (position.batch > 0 ? 1 : 0), config.epochs);
    progress.epoch = std::max(progress.epoch, 1);
    progress.step = position.step;
    if (elapsed > 0.05 && position.step > stepsAtLastProgress) {
        const double steps = double(position.step - stepsAtLastProgress);
        progress.samplesPerSecond = steps * double(config.batchSize) / elapsed;
        progress.etaSeconds = double(progress.totalSteps - position.step) * elapsed / steps;
        lastProgress = now;
        stepsAtLastProgress = position.step;
    }
    if (device.is_cuda())
        progress.gpuMemoryBytes = torchruntime::cudaMemoryReserved(device.index());
    observer->progress(progress);
}

QString Trainer::Impl::saveCheckpoint()
{
    QDir().mkpath(options.checkpointFolder);
    const QString path = QDir(options.checkpointFolder)
                             .filePath(QStringLiteral("step-%1.pt").arg(position.step, 10, 10, QLatin1Char('0')));
    detail::saveCheckpoint(path, model, *optimizer, position);
    observer->checkpointSaved(path, position.epoch, position.step);
    return path;
}

void Trainer::Impl::exportModel(TrainingOutcome& outcome)
{
    if (options.modelPath.isEmpty())
        return;
    const QByteArray archive = detail::scriptArchive(model, data.inputEncoding);
    QSaveFile file(options.modelPath);
    TORCH_CHECK(file.open(QIODevice::WriteOnly) && file.write(archive) == archive.size() && file.commit(),
                "cannot write the model ", options.modelPath.toStdString(), ": ", file.errorString().toStdString());
    outcome.modelPath = options.modelPath;
}

namespace {

class TorchBackend final : public TrainingBackend {
public:
    Environment environment() const override { return torchruntime::captureEnvironment(); }
    Result<QString> resolveDevice(const QString& device) const override { return torchimpl::resolveDevice(device); }
    TrainingOutcome train(const TrainingData& data, const RunConfig& config, const TrainerOptions& options,
                          TrainingObserver& observer) const override
    {
        return Trainer(data, config, options).run(observer);
    }
    Result<std::shared_ptr<DataParallelGroup>> joinGroup(const DataParallel& setup, int timeoutSeconds,
                                                         const QString& device,
                                                         const std::function<bool()>& cancelled) const override
    {
        // The rendezvous runs on a thread of its own, watched from here: something else listening
        // at the address (a web server) can hold c10d's store client forever, and a stop must not
        // wait for the store's timeout. A join left behind ends with the process.
        struct Join {
            std::mutex mutex;
            std::condition_variable done;
            bool isDone = false;
            std::shared_ptr<DataParallelGroup> group;
            QString error;
        };
        auto join = std::make_shared<Join>();
        // NCCL wants a GPU per worker: only where every local worker gets its own (an explicit
        // cuda:N puts them all on one), unless told (CRUCIBLE_DIST_BACKEND).
        const auto resolved = torchimpl::resolveDevice(device);
        bool nccl = setup.backend == QLatin1String("nccl");
        if (setup.backend.isEmpty())
            nccl = resolved && resolved->startsWith(QLatin1String("cuda")) && !device.contains(QLatin1Char(':'))
                && setup.localWorldSize > 0 && setup.localWorldSize <= int(torch::cuda::device_count())
                && detail::hasNccl();
        if (nccl && !detail::hasNccl())
            return Error {ErrorCode::InvalidInput,
                          CRUCIBLE_MESSAGE("this LibTorch has no NCCL (a CPU build): use CRUCIBLE_DIST_BACKEND=gloo"),
                          QStringLiteral("CRUCIBLE_DIST_BACKEND")};
        std::thread([join, setup, timeoutSeconds, nccl] {
            std::shared_ptr<DataParallelGroup> group;
            QString error;
            try {
                group = detail::joinGroup(setup, timeoutSeconds, nccl);
            } catch (const std::exception& failure) {
                error = QString::fromStdString(failure.what());
            }
            std::lock_guard lock(join->mutex);
            join->group = std::move(group);
            join->error = error;
            join->isDone = true;
            join->done.notify_all();
        }).detach();
        const QString where = QStringLiteral("%1:%2").arg(setup.masterAddress).arg(setup.masterPort);
        const Error stopped {ErrorCode::Cancelled,
                             CRUCIBLE_MESSAGE("%1: stopped while waiting for the other workers").arg(setup.describe()),
                             where};
        // Connecting and forming the group may each take dist_timeout (workers that start late);
        // the store's own timeout says more, when it comes first.
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2 * timeoutSeconds + 2);
        std::unique_lock lock(join->mutex);
        while (!join->isDone) {
            join->done.wait_for(lock, std::chrono::milliseconds(100));
            if (join->isDone)
                break;
            if (cancelled && cancelled())
                return stopped;
            if (std::chrono::steady_clock::now() > deadline)
                return Error {ErrorCode::Io,
                              CRUCIBLE_MESSAGE("%1: the workers did not all meet at %2 within twice %3 s "
                                               "(dist_timeout): a worker is missing, or what answers there is not "
                                               "rank 0's rendezvous")
                                  .arg(setup.describe(), where)
                                  .arg(timeoutSeconds),
                              where};
        }
        if (cancelled && cancelled())
            return stopped;
        if (!join->group)
            return Error {ErrorCode::Io, join->error, where};
        return join->group;
    }
};

} // namespace

const TrainingBackend& torchimpl::torchBackend()
{
    static const TorchBackend backend;
    return backend;
}

} // namespace crucible
