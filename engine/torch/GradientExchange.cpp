// Data-parallel training on PyTorch's c10d: the rendezvous (TCPStore), the Gloo process group and
// the bucketed gradient all-reduce. The only translation unit that includes c10d's headers.
#include "GradientExchange.h"

#include "engine/core/Message.h"
#include "engine/train/HostExchange.h"

#include <c10/util/Exception.h>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#if defined(CRUCIBLE_WITH_CUDA) && defined(USE_C10D_NCCL)
#include <torch/csrc/distributed/c10d/ProcessGroupNCCL.hpp>
#endif

#include <QDebug>
#include <QSysInfo>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <stdexcept>

namespace crucible::detail {

namespace {

std::string messageOf(const std::exception& error)
{
    if (const auto* torchError = dynamic_cast<const c10::Error*>(&error))
        return torchError->what_without_backtrace();
    return error.what();
}

/// The local address that packets to `host` leave from: the address the other workers can reach
/// this one at, on the interface the route to the master takes (loopback for a local master, a
/// veth or Ethernet address otherwise). A UDP "connect" only looks up the route; nothing is sent.
std::string addressToward(const std::string& host, int port)
{
    addrinfo hints {};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_DGRAM;
    addrinfo* found = nullptr;
    const std::string service = std::to_string(port);
    if (const int code = getaddrinfo(host.c_str(), service.c_str(), &hints, &found); code != 0)
        throw std::runtime_error(CRUCIBLE_MESSAGE("the master address '%1' cannot be resolved: %2")
                                     .arg(QString::fromStdString(host), QString::fromLocal8Bit(gai_strerror(code)))
                                     .toStdString());
    std::string address;
    for (addrinfo* entry = found; entry != nullptr && address.empty(); entry = entry->ai_next) {
        const int fd = socket(entry->ai_family, entry->ai_socktype, entry->ai_protocol);
        if (fd < 0)
            continue;
        sockaddr_storage local {};
        socklen_t length = sizeof(local);
        char text[NI_MAXHOST] = {};
        if (connect(fd, entry->ai_addr, entry->ai_addrlen) == 0
            && getsockname(fd, reinterpret_cast<sockaddr*>(&local), &length) == 0
            && getnameinfo(reinterpret_cast<sockaddr*>(&local), length, text, sizeof(text), nullptr, 0, NI_NUMERICHOST)
                == 0)
            address = text;
        close(fd);
    }
    freeaddrinfo(found);
    if (address.empty())
        throw std::runtime_error(CRUCIBLE_MESSAGE("there is no route from this host to the master address '%1'")
                                     .arg(QString::fromStdString(host))
                                     .toStdString());
    return address;
}

std::vector<uint8_t> bytes(const std::string& text)
{
    return std::vector<uint8_t>(text.begin(), text.end());
}

std::string text(const std::vector<uint8_t>& value)
{
    return std::string(value.begin(), value.end());
}

/// A process group of c10d: Gloo, or NCCL for CUDA tensors where the build has it. The two
/// derive from different classes across LibTorch versions; calls go through a pointer to each.
class CollectiveGroup final : public DataParallelGroup {
public:
    CollectiveGroup(DataParallel setup, int timeoutSeconds, bool nccl)
        : m_setup(std::move(setup)), m_timeout(timeoutSeconds), m_nccl(nccl)
    { }

    void join()
    {
        const std::string master = m_setup.masterAddress.toStdString();
        const std::chrono::milliseconds timeout(qint64(m_timeout) * 1000);
        const QString where = QStringLiteral("%1:%2").arg(m_setup.masterAddress).arg(m_setup.masterPort);
        const char* interface = std::getenv("GLOO_SOCKET_IFNAME");
        const bool named = interface != nullptr && *interface != '\0';
        // An address that does not resolve is said at once, not after the store's timeout.
        std::string address = named ? std::string(interface) : addressToward(master, m_setup.masterPort);
        // A host name that /etc/hosts maps to 127.0.1.1 (Debian's way) routes rank 0's own packets
        // through loopback, an address the other hosts cannot reach: take the default route's.
        const bool masterIsLoopback = master == "localhost" || master.rfind("127.", 0) == 0 || master == "::1";
        if (!named && !masterIsLoopback && (address.rfind("127.", 0) == 0 || address == "::1")) {
            try {
                address = addressToward("192.0.2.1", 9); // a documentation address: only the route is looked up
            } catch (const std::exception&) {
                // no default route: a single host, where loopback serves
            }
        }
        try {
            c10d::TCPStoreOptions options;
            options.port = std::uint16_t(m_setup.masterPort);
            options.isServer = m_setup.isLeader();
            options.numWorkers = std::size_t(m_setup.worldSize);
            options.waitWorkers = true;
            options.timeout = timeout;
            m_store = c10::make_intrusive<c10d::TCPStore>(master, options);
        } catch (const std::exception& error) {
            throw std::runtime_error(
                (m_setup.isLeader()
                     ? CRUCIBLE_MESSAGE("%1: the rendezvous at %2 did not gather all %3 workers within %4 s "
                                        "(dist_timeout): %5")
                           .arg(m_setup.describe(), where)
                           .arg(m_setup.worldSize)
                           .arg(m_timeout)
                           .arg(QString::fromStdString(messageOf(error)))
                     : CRUCIBLE_MESSAGE("%1: rank 0's rendezvous at %2 could not be reached within %3 s "
                                        "(dist_timeout): %4")
                           .arg(m_setup.describe(), where)
                           .arg(m_timeout)
                           .arg(QString::fromStdString(messageOf(error))))
                    .toStdString());
        }
        try {
            m_store->set("crucible/host/" + std::to_string(m_setup.rank),
                         bytes(QSysInfo::machineHostName().toStdString() + " (" + address + ")"));
            if (m_nccl) {
#if defined(CRUCIBLE_WITH_CUDA) && defined(USE_C10D_NCCL)
                auto options = c10d::ProcessGroupNCCL::Options::create();
                options->timeout = timeout;
                auto group =
                    c10::make_intrusive<c10d::ProcessGroupNCCL>(m_store, m_setup.rank, m_setup.worldSize, options);
                m_allreduce = [group](std::vector<at::Tensor>& tensors) { return group->allreduce(tensors); };
                m_broadcast = [group](std::vector<at::Tensor>& tensors) { return group->broadcast(tensors); };
#endif
            } else {
                auto options = c10d::ProcessGroupGloo::Options::create(timeout);
                options->devices.push_back(named ? c10d::ProcessGroupGloo::createDeviceForInterface(address)
                                                 : c10d::ProcessGroupGloo::createDeviceForHostname(address));
                auto group =
                    c10::make_intrusive<c10d::ProcessGroupGloo>(m_store, m_setup.rank, m_setup.worldSize, options);
                m_allreduce = [group](std::vector<at::Tensor>& tensors) { return group->allreduce(tensors); };
                m_broadcast = [group](std::vector<at::Tensor>& tensors) { return group->broadcast(tensors); };
            }
            for (int rank = 0; rank < m_setup.worldSize; ++rank) {
                const std::vector<uint8_t> host = m_store->get("crucible/host/" + std::to_string(rank));
                m_hosts << QString::fromStdString(text(host));
            }
        } catch (const std::exception& error) {
            throw std::runtime_error(CRUCIBLE_MESSAGE("%1: the %2 process group could not be formed through %3 "
                                                      "within %4 s (dist_timeout): %5")
                                         .arg(m_setup.describe(), backendName(), where)
                                         .arg(m_timeout)
                                         .arg(QString::fromStdString(messageOf(error)))
                                         .toStdString());
        }
    }

    const DataParallel& setup() const override
    {
        return m_setup;
    }
    QStringList hosts() const override
    {
        return m_hosts;
    }
    QString backendName() const override
    {
        return m_nccl ? QStringLiteral("nccl") : QStringLiteral("gloo");
    }
    c10::intrusive_ptr<c10d::Work> allreduce(std::vector<at::Tensor>& tensors)
    {
        return m_allreduce(tensors);
    }
    c10::intrusive_ptr<c10d::Work> broadcast(std::vector<at::Tensor>& tensors)
    {
        return m_broadcast(tensors);
    }
    int timeoutSeconds() const
    {
        return m_timeout;
    }
    bool usesNccl() const
    {
        return m_nccl;
    }
    c10d::Store& store()
    {
        return *m_store;
    }
    /// A fresh prefix for the store keys of one collective set-up (every rank asks in one order).
    std::string nextKeys(const char* what)
    {
        return "crucible/" + std::string(what) + "/" + std::to_string(m_setups++) + "/";
    }

private:
    DataParallel m_setup;
    int m_timeout;
    bool m_nccl;
    c10::intrusive_ptr<c10d::Store> m_store;
    std::function<c10::intrusive_ptr<c10d::Work>(std::vector<at::Tensor>&)> m_allreduce;
    std::function<c10::intrusive_ptr<c10d::Work>(std::vector<at::Tensor>&)> m_broadcast;
    QStringList m_hosts;
    int m_setups = 0;
};

/// The shared memory that the ranks sum their gradients in when every one of them runs on this
/// host (the same kernel, network namespace and host name, and rank 0's segment opens here with
/// its nonce), the buffers are CPU floats or doubles, and CRUCIBLE_DIST_SHM is not "0". Every rank
/// comes to the same answer: null means Gloo. Collective: every rank calls it at the same point.
std::unique_ptr<HostExchange> joinHostExchange(CollectiveGroup& group, std::size_t bytesPerRank, bool eligible)
{
    const DataParallel& setup = group.setup();
    const std::string keys = group.nextKeys("host-exchange");
    const char* wanted = std::getenv("CRUCIBLE_DIST_SHM");
    const bool allowed = eligible && !group.usesNccl() && !(wanted != nullptr && std::string(wanted) == "0");
    c10d::Store& store = group.store();
    const std::string identity = allowed ? HostExchange::hostIdentity().toStdString() : std::string();
    store.set(keys + "who/" + std::to_string(setup.rank),
              bytes(identity + "\n" + HostExchange::pidNamespace().toStdString() + "\n" + std::to_string(::getpid())));
    std::vector<std::pair<std::string, std::int64_t>> peers; // pid namespace and pid, by rank
    bool local = !identity.empty();
    for (int rank = 0; rank < setup.worldSize; ++rank) {
        const QStringList who =
            QString::fromStdString(text(store.get(keys + "who/" + std::to_string(rank)))).split(QLatin1Char('\n'));
        local = local && who.size() == 3 && who.at(0).toStdString() == identity;
        peers.emplace_back(who.value(1).toStdString(), who.value(2).toLongLong());
    }
    if (!local)
        return nullptr;
    std::unique_ptr<HostExchange> exchange;
    // Why this rank cannot share memory with the others: said, since the run then goes over Gloo.
    auto unavailable = [&](const Error& error) {
        qWarning().noquote() << "crucible:" << setup.describe()
                             << ": no shared memory with the other workers, the gradients go over Gloo:"
                             << error.text();
    };
    if (setup.isLeader()) {
        auto made = HostExchange::create(setup.worldSize, bytesPerRank);
        if (made)
            exchange = std::move(made.value());
        else
            unavailable(made.error());
        store.set(keys + "segment",
                  bytes(exchange ? exchange->name().toStdString() + " " + std::to_string(exchange->nonce())
                                 : std::string("-")));
    } else {
        const QStringList segment = QString::fromStdString(text(store.get(keys + "segment"))).split(QLatin1Char(' '));
        if (segment.size() == 2) {
            auto opened = HostExchange::open(segment.at(0), segment.at(1).toULongLong(), setup.rank, setup.worldSize,
                                             bytesPerRank);
            if (opened)
                exchange = std::move(opened.value());
            else
                unavailable(opened.error());
        }
    }
    store.set(keys + "mapped/" + std::to_string(setup.rank), bytes(exchange ? "1" : "0"));
    if (setup.isLeader()) {
        bool everyone = exchange != nullptr;
        for (int rank = 1; rank < setup.worldSize; ++rank)
            everyone = text(store.get(keys + "mapped/" + std::to_string(rank))) == "1" && everyone;
        if (exchange)
            exchange->unlinkName(); // mapped everywhere (or given up): nothing stays in /dev/shm
        store.set(keys + "use", bytes(everyone ? "1" : "0"));
        if (!everyone)
            return nullptr;
    } else if (text(store.get(keys + "use")) != "1") {
        return nullptr;
    }
    exchange->setTimeout(group.timeoutSeconds());
    const std::string ownNamespace = HostExchange::pidNamespace().toStdString();
    for (int rank = 0; rank < setup.worldSize; ++rank)
        if (rank != setup.rank && !ownNamespace.empty() && peers[std::size_t(rank)].first == ownNamespace)
            exchange->watch(rank, peers[std::size_t(rank)].second);
    return exchange;
}

/// Gradients of about this many bytes go in one all-reduce (DistributedDataParallel's first
/// bucket is 1 MB, the others 25 MB; the models here are small, so smaller buckets overlap more).
constexpr std::int64_t kBucketBytes = 1 << 20;

} // namespace

bool hasNccl()
{
#if defined(CRUCIBLE_WITH_CUDA) && defined(USE_C10D_NCCL)
    return true;
#else
    return false;
#endif
}

std::shared_ptr<DataParallelGroup> joinGroup(const DataParallel& setup, int timeoutSeconds, bool nccl)
{
    auto group = std::make_shared<CollectiveGroup>(setup, timeoutSeconds, nccl && hasNccl());
    group->join();
    return group;
}

struct GradientExchange::Impl {
    struct Slot {
        torch::Tensor parameter;
        std::size_t bucket = 0;
        std::int64_t offset = 0;
        bool arrived = false;
        unsigned hook = 0;
    };
    struct Bucket {
        /// The sum of the ranks' gradients after the exchange; the parameters' gradients are views of it.
        torch::Tensor buffer;
        /// Where this rank's weighted gradients go: `buffer` itself for Gloo and NCCL, this step's
        /// input in shared memory for the host exchange.
        torch::Tensor input;
        /// The host exchange's two input sets (by step parity), made once.
        torch::Tensor inputs[2];
        std::size_t byteOffset = 0; ///< of the input in each rank's shared-memory area
        std::vector<std::size_t> slots;
        std::size_t waiting = 0;
        c10::intrusive_ptr<c10d::Work> work;
    };

    CollectiveGroup& group;
    std::vector<Slot> slots;
    std::vector<Bucket> buckets;
    std::size_t nextLaunch = 0;
    double weight = 1.0;
    /// The last two elements of the last bucket: {weighted loss, stop asked}. They travel with the
    /// gradients, saving a collective (a loopback round trip of about 0.25 ms) per step.
    torch::Tensor control;
    /// The workers of one host exchange through shared memory instead (null: every bucket over c10d).
    std::unique_ptr<HostExchange> host;
    std::uint64_t steps = 0; ///< steps begun: the parity of the host exchange's inputs
    /// The host exchange's failure, said by finishStep() (not thrown inside backward).
    QString failure;

    explicit Impl(CollectiveGroup& g) : group(g) { }

    void arrive(std::size_t index, const torch::Tensor& gradient)
    {
        Slot& slot = slots[index];
        Bucket& bucket = buckets[slot.bucket];
        torch::NoGradGuard noGrad;
        torch::Tensor target = bucket.input.narrow(0, slot.offset, slot.parameter.numel());
        target.copy_(gradient.reshape({-1}));
        if (weight != 1.0)
            target.mul_(weight);
        if (!slot.arrived) {
            slot.arrived = true;
            --bucket.waiting;
        }
        launchReady();
    }

    /// All-reduces the ready buckets in order, so that every rank issues the same sequence.
    void launchReady()
    {
        while (nextLaunch < buckets.size() && buckets[nextLaunch].waiting == 0) {
            Bucket& bucket = buckets[nextLaunch++];
            if (!host) {
                std::vector<at::Tensor> tensors {bucket.buffer};
                bucket.work = group.allreduce(tensors);
            } else if (failure.isEmpty()) {
                // Synchronous: with a worker per core there is no core to overlap it with.
                const Status summed =
                    host->allReduce(int(steps & 1), bucket.byteOffset, std::size_t(bucket.buffer.numel()),
                                    bucket.buffer.scalar_type() == torch::kDouble, bucket.buffer.data_ptr());
                if (!summed)
                    failure = summed.error().message;
            }
        }
    }

    [[noreturn]] void fail(const QString& reason) const
    {
        throw std::runtime_error(CRUCIBLE_MESSAGE("%1: the exchange with the other workers failed (a worker "
                                                  "stopped, died, or did not answer within %2 s, dist_timeout): %3")
                                     .arg(group.setup().describe())
                                     .arg(group.timeoutSeconds())
                                     .arg(reason)
                                     .toStdString());
    }
    [[noreturn]] void fail(const std::exception& error) const { fail(QString::fromStdString(messageOf(error))); }
};

GradientExchange::GradientExchange(DataParallelGroup& group, const std::vector<torch::Tensor>& parameters)
    : m_impl(std::make_unique<Impl>(dynamic_cast<CollectiveGroup&>(group)))
{
    Impl& d = *m_impl;
    // Reverse order: backward produces the last layer's gradients first.
    std::vector<std::int64_t> sizes; // elements per bucket
    std::int64_t bucketBytes = 0;
    for (auto it = parameters.rbegin(); it != parameters.rend(); ++it) {
        if (!it->requires_grad())
            continue;
        const std::int64_t bytes = it->numel() * std::int64_t(it->element_size());
        if (sizes.empty() || (bucketBytes > 0 && bucketBytes + bytes > kBucketBytes)) {
            sizes.push_back(0);
            d.buckets.push_back({});
            bucketBytes = 0;
        }
        Impl::Slot slot;
        slot.parameter = *it;
        slot.bucket = d.buckets.size() - 1;
        slot.offset = sizes.back();
        sizes.back() += it->numel();
        bucketBytes += bytes;
        d.buckets.back().slots.push_back(d.slots.size());
        d.slots.push_back(slot);
    }
    TORCH_CHECK(!d.buckets.empty(), "the model has no trainable parameters to train in parallel");
    sizes.back() += 2; // the control values
    std::size_t hostBytes = 0;
    bool hostable = true; // CPU floats or doubles, one type per bucket
    for (std::size_t b = 0; b < d.buckets.size(); ++b) {
        Impl::Bucket& bucket = d.buckets[b];
        const torch::Tensor& first = d.slots[bucket.slots.front()].parameter;
        bucket.buffer = torch::zeros({sizes[b]}, first.options().requires_grad(false));
        bucket.input = bucket.buffer;
        bucket.waiting = bucket.slots.size();
        bucket.byteOffset = hostBytes;
        hostBytes += (std::size_t(bucket.buffer.nbytes()) + 63) / 64 * 64;
        hostable = hostable && first.device().is_cpu()
            && (first.scalar_type() == torch::kFloat || first.scalar_type() == torch::kDouble);
        for (std::size_t index : bucket.slots)
            hostable = hostable && d.slots[index].parameter.scalar_type() == first.scalar_type();
    }
    d.control = d.buckets.back().buffer.narrow(0, sizes.back() - 2, 2);
    try {
        d.host = joinHostExchange(d.group, hostBytes, hostable);
        if (d.host)
            for (Impl::Bucket& bucket : d.buckets)
                for (int parity : {0, 1})
                    bucket.inputs[parity] = torch::from_blob(d.host->input(parity, bucket.byteOffset),
                                                             bucket.buffer.sizes(), bucket.buffer.options());
    } catch (const std::exception& error) {
        d.fail(error);
    }
    for (std::size_t index = 0; index < d.slots.size(); ++index) {
        Impl* impl = m_impl.get();
        d.slots[index].hook = d.slots[index].parameter.register_hook(
            [impl, index](const torch::Tensor& gradient) { impl->arrive(index, gradient); });
    }
}

GradientExchange::~GradientExchange()
{
    for (Impl::Slot& slot : m_impl->slots)
        slot.parameter.remove_hook(slot.hook);
}

void GradientExchange::broadcastParameters()
{
    torch::NoGradGuard noGrad;
    std::vector<at::Tensor> tensors;
    for (const Impl::Slot& slot : m_impl->slots)
        tensors.push_back(slot.parameter.detach());
    try {
        for (at::Tensor& tensor : tensors) {
            std::vector<at::Tensor> one {tensor};
            m_impl->group.broadcast(one)->wait();
        }
    } catch (const std::exception& error) {
        m_impl->fail(error);
    }
}

void GradientExchange::broadcastBuffers(const std::vector<torch::Tensor>& buffers)
{
    torch::NoGradGuard noGrad;
    try {
        for (const torch::Tensor& buffer : buffers) {
            std::vector<at::Tensor> one {buffer.detach()};
            m_impl->group.broadcast(one)->wait();
        }
    } catch (const std::exception& error) {
        m_impl->fail(error);
    }
}

bool GradientExchange::agree(bool decision)
{
    const torch::Tensor& like = m_impl->buckets.front().buffer;
    std::vector<at::Tensor> flag {torch::full({1}, decision ? 1.0 : 0.0, like.options())};
    try {
        m_impl->group.broadcast(flag)->wait();
    } catch (const std::exception& error) {
        m_impl->fail(error);
    }
    return flag.front().item<double>() > 0.5;
}

void GradientExchange::beginStep(double weight, const torch::Tensor& loss, bool stopAsked)
{
    Impl& d = *m_impl;
    d.weight = weight;
    d.nextLaunch = 0;
    ++d.steps;
    for (Impl::Bucket& bucket : d.buckets) {
        bucket.waiting = bucket.slots.size();
        bucket.work.reset();
        if (d.host) // this step's input set: a slower rank may still read the last step's
            bucket.input = bucket.inputs[d.steps & 1];
    }
    for (Impl::Slot& slot : d.slots)
        slot.arrived = false;
    torch::NoGradGuard noGrad;
    const torch::Tensor& last = d.buckets.back().input;
    torch::Tensor control = last.narrow(0, last.size(0) - 2, 2);
    if (loss.defined())
        control[0].copy_(loss.detach() * weight);
    else
        control[0].fill_(0.0);
    control[1].fill_(stopAsked ? 1.0 : 0.0);
}

QString GradientExchange::transport() const
{
    return m_impl->host ? QStringLiteral("shm") : m_impl->group.backendName();
}

std::pair<torch::Tensor, bool> GradientExchange::finishStep()
{
    Impl& d = *m_impl;
    torch::NoGradGuard noGrad;
    // A rank without rows this step (a last batch smaller than the world) contributes zeros.
    for (Impl::Slot& slot : d.slots) {
        if (slot.arrived)
            continue;
        d.buckets[slot.bucket].input.narrow(0, slot.offset, slot.parameter.numel()).zero_();
        slot.arrived = true;
        --d.buckets[slot.bucket].waiting;
    }
    d.launchReady();
    if (!d.failure.isEmpty())
        d.fail(d.failure);
    try {
        for (Impl::Bucket& bucket : d.buckets)
            if (bucket.work)
                bucket.work->wait();
    } catch (const std::exception& error) {
        d.fail(error);
    }
    for (Impl::Slot& slot : d.slots) {
        const torch::Tensor gradient =
            d.buckets[slot.bucket].buffer.narrow(0, slot.offset, slot.parameter.numel()).view(slot.parameter.sizes());
        slot.parameter.mutable_grad() = gradient;
    }
    const torch::Tensor control = d.control.to(torch::kCPU, torch::kDouble);
    return {control[0].to(torch::kFloat), control[1].item<double>() > 0.0};
}

std::string GradientExchange::parameterHash() const
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const Impl::Slot& slot : m_impl->slots) {
        const torch::Tensor values = slot.parameter.detach().to(torch::kCPU).contiguous();
        const auto* byte = static_cast<const unsigned char*>(values.data_ptr());
        const std::size_t count = std::size_t(values.numel()) * values.element_size();
        for (std::size_t i = 0; i < count; ++i)
            hash = (hash ^ byte[i]) * 1099511628211ULL;
    }
    char text[17];
    std::snprintf(text, sizeof(text), "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

} // namespace crucible::detail
