// The sweep file parser (YAML and JSON), then what a parsed sweep does first: its grid and the
// first suggestions of its strategy, and the pruner on a made-up trial.
#include "FuzzSupport.h"
#include "engine/sweep/Study.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = crucible::SweepSpec::parse(bytes, QStringLiteral("fuzz.yaml"));
    if (!parsed)
        return 0;
    (void)crucible::SweepSpec::fromJson(parsed->toJson(), QStringLiteral("fuzz.json"));
    crucible::Study study(parsed.value());
    for (int number = 0; number < 3; ++number) {
        const std::optional<QJsonObject> values = study.suggest(number);
        if (!values)
            break;
        (void)parsed->assignments(*values);
        crucible::Trial trial;
        trial.number = number;
        trial.params = *values;
        trial.state = crucible::TrialState::Complete;
        trial.value = double(number);
        trial.intermediate = {{1, 2.0}, {2, 1.0}};
        (void)study.shouldPrune(trial, 2);
        study.trials().push_back(trial);
    }
    (void)study.importance();
    (void)study.bestSoFar();
    return 0;
}
