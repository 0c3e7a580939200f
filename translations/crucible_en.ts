<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image could not be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file could not be created</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>%1 (registered before)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes after the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes is too large for a pipeline file (at most 1 MiB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed (PSI %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed shape (Wasserstein distance %2 standard deviations)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 corrupt record(s) failed the CRC check and were skipped.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 field '%2': '%3' is not a value or range from %4 to %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 field '%2': the step after '/' is a positive number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has %2 points in the original and %3 in the rerun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no versions yet: nothing to beat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds: no value for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images at %2x%3 pixels would take %4 GB, more than the limit of %5 GB; use smaller images (or fewer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images do not fit the pixels given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 images of %2 values each would take more than the limit of %3 GB; predict them in smaller folders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not Crucible's LibTorch module (no crucible_torch_api)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not set yet: nothing to beat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is only in the %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moved %2 standard deviations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 features drifted; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 predicts %2, but the target '%3' of %4 is %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 run(s) trained on it: %2%3. Delete those runs first, or delete the version anyway: they keep their records, without the link to their data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 takes [LOW, HIGH], two numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 values for %2 rows of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 versions match %2: give more of the hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was already %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was built for another version of Crucible (interface %2, this one %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.%2 must be a number of at least 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.ignore must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1.statistic: '%2' is not one of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a new statistic needs its own "alarm" threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: row %2, column %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the registry database is empty (0 bytes), not a registry; its models are not listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the warning threshold %2 must come before the alarm %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown key '%2' (known: statistic, warn, alarm%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the half-carried run could not be removed either (%2): delete it with crucible-cli runs delete %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1@%2 already points at version %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'${' without '}' in "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' compares text with %2; only == and != compare text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no reference profile of its training data (a bundle of an older format, or its dataset was gone when it was registered); register the model again from its run, or compare with a dataset version (--reference NAME@V)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' has no value here (a step that was skipped gives none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' in '%2' is not a layer size (a whole number from 1 to 65536)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is a mapping of keys to values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is a value or a list of values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is an image model: give a folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a boolean: use true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a condition: compare values (a &gt;= b) or name an output (steps.drift.drifted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a cron schedule: five fields (minute hour day month weekday, such as "0 3 * * *" for 03:00 daily) or @hourly, @daily, @weekly, @monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a date: write 2026-12-01, 2026-12-01 14:30 or 2026-12-01 14:30:15 (local time)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a device: use auto, cpu, cuda or cuda:N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a dropout rate from 0 up to (not including) 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a duration such as 30s, 5m or 2h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a duration such as 90s, 30m, 1h or 1d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a field name (an empty part or an unclosed `)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a file pattern such as *.csv</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a list of layer sizes such as "64,32"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a metric Crucible scores; use accuracy, f1_macro (classification) or mse, mae, r2 (regression)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a metric an evaluation gives; it gives %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a model kind (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a number, so nothing can be added to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a parameter; declare it under params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a pipeline name: 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a step id: a letter, then letters, digits, '-' or '_'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid pattern</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a validation metric: use val_loss, val_accuracy, val_mse, val_mae or val_r2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a whole number from %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a whole number from 1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not allowed: use %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an activation (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not key=value (for example lr=3e-4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not three fractions: write train,validation,test, for example 0.8,0.1,0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is one value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is too short for a pipeline run id (at least 4 characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is unknown; a trigger has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is unknown; references start with params., steps., trigger. or pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is unknown; the pipeline has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' names more than one pipeline run; give more characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' names no channels: write for example cnn:32,64</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' names no earlier step (write steps.ID.OUTPUT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs a quoted string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' needs one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' never comes (no such date within five years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' starts the ids of several sweeps; give more of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' takes a mapping with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' takes images of %2 channel(s); this dataset version is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' takes whole numbers from 1 to 65536</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'activation' must be one of %1, not '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'blocks' must be from 1 to 16</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'dropout' must be at least 0 and below 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'kind' must be one of auto, mlp, cnn, resnet, linear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1,000 points around four Gaussian centres (synthetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1,000 points in two interleaved half circles (synthetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1,000 rows, 5 features, a nonlinear target with noise (synthetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1,500 points on three intertwined spiral arms (synthetic)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>150 iris flowers, 4 measurements, 3 species (UCI, CC BY 4.0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>178 Italian wines, 13 chemical measurements, 3 cultivars (UCI, CC BY 4.0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>569 biopsies, 30 cell-nucleus features, malignant or benign (UCI, CC BY 4.0)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>70,000 28x28 grayscale images of clothing in 10 classes (Zalando, MIT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file ended inside a record; its last record was left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Breast Cancer Wisconsin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fashion-MNIST is not installed: install the Debian package dataset-fashion-mnist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported from TensorBoard event files in %1 (%2 file(s), %3 scalar point(s)).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MLflow recorded the run as %1 when it was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drift: 0 of %1 features drifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drift: 0 of %1 features drifted, %2 with a warning; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No features to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Noisy regression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF needs the GUI libraries' fonts; write .html instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>POST %1: HTTP %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TorchScript cannot load it: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two moons</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has no alias "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has no version %2; %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" has no version whose hash starts with %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 needs an image dataset; use mlp or linear for a table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 needs at least one %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 run cannot become %2 (only a %3 one can)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 step has no output '%2'; it has %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a '${' without its '}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a broken UTF-16 surrogate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a bzip2 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a choice needs 1 to %1 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a chunk of metric '%1' is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a compress (.Z) file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a condition is text such as "challenger.accuracy &gt;= 0.9"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a condition must name a choice parameter ('%1' is a range)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a dataset name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a dataset name must not contain '@' (it separates a name from its version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a decimal comma needs another delimiter than the comma (; or tab)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a deleted experiment cannot be renamed; restore it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a deleted experiment has this name; restore it or choose another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a drift policy is a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a drift policy of more than 1 MB is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a drift trigger names the served model: model: NAME@ALIAS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a gate's condition compares, such as "challenger.accuracy &gt;= 0.9" or "challenger.mse &lt; champion.mse"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a label that becomes a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a log scale needs a positive low end (got %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a metric key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a metric name such as val_loss or val_accuracy (letters, digits, _ and .)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a model bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a model name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a notification URL starts with http://</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a param name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parameter is a list of choices or {choice|int|float: ...}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parameter name is letters, digits and '_'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a parameter's value is one number or text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pipeline file is a mapping with name, steps and optional params and triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pipeline needs a list of steps ('- id: train' ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pipeline needs a name (letters, digits, '-', '_' and '.')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted field is never closed (a %1 is missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a recipe value is written as on the command line: %1: VALUE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a report is written as .html or .pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run cannot be its own parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run id is 16 lowercase hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run package</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run with this id is in the workspace already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a side of the comparison is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a step has one kind; this one is already '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a step is a mapping: id, one kind (%1) and optional if, retries, backoff, timeout, cache</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a step needs an id (letters, digits, '-', '_')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sweep file is a mapping (name:, space:, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sweep name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sweep named '%1' exists (%2); give the new one another name, or run that one with: crucible-cli sweep run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sweep named '%1' exists; give the new one another name, or run that one with: crucible-cli sweep run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sweep needs a dataset (NAME or NAME@HASH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a sweep needs a search space (space: {lr: ...})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a tabular dataset is exported as CSV, not as a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a timeout is more than 0 (leave it out for no limit)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a whole number from 0 to 2^53</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a zip archive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>adding the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all %1 condition(s) hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an artifact path must be relative to the run's folder and stay inside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an experiment name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an experiment with this name already exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an image dataset is exported as a folder of images, not CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an image dataset is written as a folder of PNG files, not to standard output: name a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an lz4 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an xz file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another run with the id %1 is in this workspace (a different recipe or dataset); the package is left unpacked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>another step (line %1) has this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appears more than once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>appended to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asking a sweep to stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at most %1 parameters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto (preset for the dataset)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bad header length</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>be a device name of Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>be a plain number (NAME@3 means version 3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>be longer than %1 characters (it has %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best trial #%1: %2 = %3 (%4 trials)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>budget of %1 trials spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>budget.minutes must be a positive number of minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>bytes that are not UTF-8 (byte %1 of field %2); save the file as UTF-8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cache is true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot add the entry %1 (zip error %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot append: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be found in the zip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be given to a model that takes %1 channels (1 or 3 are read)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be opened (zip error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read again (zip error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read again; was the %1 changed or removed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read as an image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot copy the artifact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot copy the bundle; is the disk full?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the %1 (zip error %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the registry folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the version folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create this folder (check permissions and free space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot decode this image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot find the matching IDX file (images-idx3 with labels-idx1) next to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot finish the %1 (zip error %2); is the disk full?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot load Crucible's LibTorch module %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make a temporary folder for the file's plain copy in %1 (TMPDIR): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open it as SQLite: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read '%1': write a number, a name such as challenger.accuracy, or quoted text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read its %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read its metrics: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read its runs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the dataset's stored copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the drift policy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the event file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the run's %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read this image: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start /bin/sh: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start zlib</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot start zstd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot tell what this is: give a CSV/TSV file, a folder of class subfolders with images, or IDX files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write a plain copy: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the dataset out of the package: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the dataset: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the entry %1 (zip error %2); is the disk full?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write: %1; is the disk full?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changing the run's status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choice takes a list of values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choices are numbers, words or true/false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose a folder that does not exist yet, or an empty one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1 holds numbers with a decimal comma (from line %2) and with a decimal point (%3 on line %4); write them all one way, or choose the decimal mark (--decimal, or in the import preview)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1 is truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column %1 names a category it does not have</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1' holds dates or times (such as %2); the model takes numbers in this column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1' holds dates or times; a model predicts classes or numbers: choose another target (dates serve as features)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1' is not dates in one form such as %2 ("%3" among its values); the model takes dates in this column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a category the model knows (it knows %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a date; the model takes dates in this column (as %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a number, but the model's training data had numbers there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a number; the model takes numbers in this column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column '%1': %2; write them year first (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column "%1" holds numbers but for %2 value(s) such as "%3" in row %4; correct them, read them as missing (data import --not-numbers missing) or keep the column as text (--not-numbers text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>column "%1": %2 is beyond what a 32-bit float holds (about ±3.4e38) or infinite; correct it, or read such values as missing (data import --out-of-range missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>committing metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configuring the registry database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contain '@' (it separates a name from its version or alias)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>contain control or format characters (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>conv block</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not draw a unique run id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating the registry tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>data row %1: id '%2' has two different labels ('%3' and '%4')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dataset format %1 is newer than this Crucible knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dataset versions: target, task, profile, stored size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dates such as %1 could be day first or month first; choose which to read them as dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decimal comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>declares %1 bytes, more than the %2 allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleting the dataset version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleting the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleting the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>device '%1' asked for, but CUDA is not usable here (this LibTorch is CPU-only or no GPU is visible); use --device cpu or auto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dimension %1 has an impossible size %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not hold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not match its checksum any more; was the %1 changed?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not match its checksum in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drawing a run id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift compares with one of data, csv or log, not several</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift is a mapping: {model: NAME@ALIAS, window: 1000, every: 1h}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each 'conv' block needs channels &gt; 0, kernel 1-15 and pool &gt;= 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>emptying the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end in ".crucible"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>end with '.'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ending a sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry "model.pt" does not match the bundle's signature: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>entry "model.pt": %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch %1/%2  loss %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every grid point tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every trial failed; trial #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ')' to close the '(' at column %1, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected ',' or ')' in the list, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected 'timestamp value step' (MLflow's metric line)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected =, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, ilike, glob or contains after '%1', found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a condition such as metrics.val_accuracy &gt; 0.9, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a list after 'in', such as ("adam", "sgd"), found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a map of 'key: value' (MLflow's meta.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a number, a quoted string, true or false after '%1', found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>experiment tracking: params, tags, artifacts and metric series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fail_on_drift is true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>features must be an object: feature name -&gt; rule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>features.%1 must be an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filing the run under its parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filter, column %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forgetting an earlier import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>forgetting artifact '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format version %1 is newer than this Crucible reads (%2); update Crucible to open this bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format version 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give a run id or the start of one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give exactly one of choice: [...], int: [LOW, HIGH], float: [LOW, HIGH]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grid takes a number of points from 2 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grid, random or tpe, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a ".." component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a negative size or stride</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has a negative storage offset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has no package format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>has sizes and strides that overflow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header on line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds %1 bytes but declares %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds %1 labels but its image file holds %2 images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds a dataset whose content hash is %1, not the version %2 the run names; the package was changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds more than the %1 bytes it declares; the %2 is damaged or hostile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds no MLflow runs (an mlruns folder has EXPERIMENT_ID/RUN_ID/meta.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>holds no TensorBoard event files (events.out.tfevents.*), in it or below it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>https is not spoken by notify; post through a shell step (curl -d @- URL) or a local relay on http</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>if takes a condition such as steps.drift.drifted, or always or failure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image shape %1x%2x%3 is not possible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>image size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>images are %1x%2 but the other file's are %3x%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>importing %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inputs unchanged since an earlier run: outputs reused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>install the Debian package dataset-fashion-mnist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>int takes whole numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interop: deleted experiments, key-value run tags, imported runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is %1x%2 pixels; the model takes %3x%4 (resize it first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a Crucible workspace; choose another folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a file; mlruns is a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a folder; name a pipeline file (.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is an absolute path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is damaged (zip error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is encrypted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a bundle entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not listed in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not part of %1 (expected only %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is of a layout Crucible does not load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is package format %1, written by a newer Crucible (%2); this one reads format %3: update Crucible to unpack it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it has no versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its condition does not hold: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its condition names '%1', which is not a parameter of the space</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its condition on '%1' is part of a cycle of conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its condition's value %1 is not one of %2's choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its dataset version (%1@%2) is not in this workspace any more, so a package could not rerun it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its process ended while it ran; continue it with: crucible-cli pipeline resume %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its process ended while it ran; continue it with: crucible-cli sweep resume %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its process ended without finishing the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its recorded recipe cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its versions are </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind is csv, images or idx</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label %1 is outside 0-9</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>larger than any file MLflow writes here (%1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 is not in sha256sum format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 lists "%2" a second time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1 lists "%2", which is not a %3 entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing datasets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing pipeline runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing runs by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the newest runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the tables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locking the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locking the workspace to update its schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>logging the alias change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for changed runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for interrupted runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking for runs that use the dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up a step's cached outputs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up an earlier import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up the dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>looking up the run id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>loss diverged at step %1 (epoch %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marking an interrupted pipeline run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marking an interrupted pipeline step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>marking an interrupted run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>min_drifted_features must be a whole number of at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minimize or maximize, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than one run matches (%1%2): give more of the id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>moving the run to the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name a sweep (its name or id)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new file %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new version %1 (%2 rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no %1 yet (%2): counted as drifted, so that a first model is trained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no champion: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dataset called "%1" (see: crucible-cli data list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dataset given: name one (NAME or NAME@HASH)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dataset named: give NAME or NAME@HASH (see: crucible-cli data list)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no file matching %1 in the folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no format version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no images found: expected ROOT/&lt;class&gt;/&lt;image&gt;.png|jpg|jpeg|bmp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no model given: use %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pipeline run '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no prediction log for model '%1' (serve it with --log-sample above 0 first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no registered version has this SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no rows with a target to score on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no run has an id that starts with this; 'runs list' shows the ids</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sample called "%1"; samples are %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such %1 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no such pipeline file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no sweep is named '%1' or has an id starting so (crucible-cli sweep list shows them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no training backend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no trial completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no usable feature columns (numbers or categories) besides the target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no values in the current data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none, median or asha, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a Crucible dataset file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a JSON model spec: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a SQLite database, so not a model registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a folder of TensorBoard logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a recipe key or model field (recipe keys: %1; model fields: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a zip archive (or a damaged one), so not %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an MLflow database: it has no table '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not an http:// URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reproduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reproduced: %1 at step %2 is %3 in the original and %4 in the rerun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reproduced: %1 is logged at step %2 in the original and at step %3 in the rerun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reproduced: the original run has no metric points to compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not run: the pipeline was rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing after @: give the start of a version's hash, or only the name for its newest version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to promote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notify speaks http only; post to https through a shell step (curl) or a local relay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numbering the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>one input of the signature's shape fails: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only 1 and 3 channel images can be written as PNG</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a registered version can be promoted; register the bundle first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only a run that ended can be carried over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only one class folder (%1) holds images; a classifier needs at least two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening the database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening the model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening the read-only database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opening the registry database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p-values warn at the larger value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>param %1 is not a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>params is a mapping of names to values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path is empty (${trigger.file} is empty unless a watched folder started the run; add folder: for runs started otherwise)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipeline %1 run %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipeline '%1' is already running (run %2, process %3 on %4); one run of a pipeline at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipeline '%1' is running (run %2); resume when it has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipelines: runs, steps with cached outputs, watched files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pixel values in 32 bins; judged by PSI (pixels of an image are not independent, so no chi-square test)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pixels are truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>predicted value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction log: cannot create the folder %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction log: cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction log: writing %1 failed (%2); lines are dropped until it works</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing metric queries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing the metric statements</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>preparing the timeline of metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promote names at least one alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promote names no alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>promoted %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pruning compares a per-epoch validation metric; the objective %1 is not one (use val_loss, val_accuracy, ... or pruner: none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>put text in quotes: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queueing unfinished trials again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reaches byte %1 of a storage of %2 bytes (offset %3, shape %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a pipeline run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading a watched folder's files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading metric series '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading metric summaries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading model names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading pipeline runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading pipeline runs' steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading sweeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the alias history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the artifacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the bundle failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the read-only database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the run's status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the run's tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the timeline of metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading what the workspace references</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recipe key '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a pipeline run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a pipeline run's end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a pipeline step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a step's end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a step's start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a sweep's run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording a watched folder's file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording artifact '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the carried run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the run's times</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording the version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recording trial %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference BLAS (slow: install libopenblas0-pthread)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>registered run %1 as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected by gate '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing tag '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the half-carried run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renaming the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renaming the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renewing a pipeline run's heartbeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renewing a sweep's heartbeat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renewing the run's lease</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>replacing the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reproduced approximately: %1 points within %2 %, %3 of them identical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reproduced: %1 points identical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restoring the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restoring the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resuming a pipeline run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retries is a whole number from 0 to 100</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 already ended %2; there is nothing to resume (start a new run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 finished; %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is still running (process %2 on %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 was registered before as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run liveness: a heartbeat renewed while a run trains</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>runs only after a failure or rejection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving a step's log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving param '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving tag '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the schema update</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saving the summary of metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule "%1" at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>scoring %1 on %2 (%3 rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series %1 has arrays of different lengths</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series %1, point %2 does not come after the one before it (step %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series %1, point %2 has step %3; steps are whole numbers from 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>series %1, point %2 is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>serving log of %1, %2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting the alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting the schema version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting the sync mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>setting the tag %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>significance must be a number above 0 and at most 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>single quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split is 'all' or 'test'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split is 'test' (the challenger's own test split) or 'all'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split is truncated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>split: test scores on the test rows of run %1, which trained on %2@%3, not on this version; evaluate on that version or use split: all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>standard output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start or end with spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>start with '.'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting to save metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step '%1' failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step '%1', an input of this one, was skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped before step '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped in step '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped in step '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopping a sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopping a sweep's trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sweep '%1' has finished: its budget is spent and nothing is left to run. To search further, create another: crucible-cli sweep create FILE --name NEW</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sweep '%1' is running in process %2 on %3; stop it with: crucible-cli sweep stop %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sweeps: searches and their trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switching the database to WAL mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>takes a list of choices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>takes a mapping of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>takes a mapping of keys to values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>takes a single value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>takes whole numbers: int: [LOW, HIGH] or a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taking over a sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>taking the run over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 data expands to more than %2, %3; decompress it where there is room and import that file, or set TMPDIR to a folder with more room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the MLflow database holds no runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the TorchScript module has no forward method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle changed while it was imported; try again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle of '%1' keeps no image statistics of its training data (an older format); register the model again from its run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command crashed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the command exited with %1%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the condition is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the current data has no rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset has no column '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset has no rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset has no target column '%1' to score against</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset hash is not a SHA-256 in hex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset version it trained on (%1@%2) is not in this workspace any more; import the same data again, or unpack a package of the run (crucible-cli runs pack) that carries it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset's stored copy is %1 bytes; a package carries at most %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the dataset's target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the device "%1" is not one Crucible trains on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drift check was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the experiment has no name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" must be a non-empty string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "%1" must be a string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "created" is not an ISO 8601 time: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "format_version" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "format_version" must be a whole number from 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "task" must be "classification" or "regression", not "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "version" is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the field "version" must be a whole number from 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file exists already; %1s are never overwritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no header row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has no labelled rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file has only one column: nothing to learn the target from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file holds %1 YAML documents; a pipeline file is one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is too short to be an IDX file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is truncated inside its header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file is truncated: its header declares %1 bytes of data, it holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file nests deeper than %1 levels or holds more than %2 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file's plain copy would be larger than %1, %2; set TMPDIR to a folder with more room</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the filter has more than %1 conditions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the filter has more than %1 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the filter nests '(' and 'not' more than %1 levels deep: write it flatter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder holds no .png, .jpg, .jpeg or .bmp images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the folder holds no IDX image files (*-images-idx3-ubyte[.gz])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the grid has up to %1 points, more than %2: give ranges fewer grid points, or search with strategy random or tpe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header declares %1 bytes of data, more than the limit of %2 GB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the header was to be on line %1, but the file has %2 line(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image dataset has no label column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the image declares %1x%2 pixels, more than the limit of %3 megapixels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the images are %1x%2 pixels with %3 channel(s); the model takes %4x%5 with %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input has column(s) %1 that the model does not take; remove them (it takes %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input lacks column(s) %1 that the model takes (it takes %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input shape [%1] is not usable: every dimension must be at least 1 and one input at most %2 values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input signature could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the input signature has no features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the key appears twice (first on line %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label file for these images is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the label of id '%1' is '%2', not a number; the model predicts numbers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the labels need a column 'id' with the requests' ids as the server logged them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last rows served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the manifest must be a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the metric "%1" must be a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the metrics could not be saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the metrics table holds '%1' as the value of %2 for run %3, not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the metrics were not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model JSON does not parse: %1 at offset %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model name must not be empty or hold '/', '\' or '..'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model returns %1 values per input but its signature names %2 classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model takes column(s) %1, which the input lacks, and does not know %2: renamed? Rename them to the model's names</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model's input signature has no image shape</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the model's reference profile is format 1 (no sample): KS and Wasserstein need a bundle registered by this version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name in the bundle's manifest cannot be used (%1); register it under another name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output is %1, a file inside %2, which this command reads: writing would destroy it; name another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output is %1, a file of %2, which holds Crucible's own data: writing would destroy it; name a file outside it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output is a folder: name a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the output is the input %1: writing would destroy it; name another file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the parent run is not in this workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pipeline file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the pipeline has no parameter '%1'; it has: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the prediction log has no rows to check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the range's low end (%1) must be below its high end (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the recipe cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reference is constant: shifts are in the column's units</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reference profile has no column '%1' that the model takes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry has a model "%1"; a name that differs from it only in case or Unicode form would share its folder on some file systems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry has no versions of "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry has schema version %1, newer than this Crucible reads (%2); update Crucible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the report would overwrite the data it reports on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the room its text may take in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run has no %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run has no checkpoint to resume from (it wrote none, or its files are gone)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run has no exported model.pt (runs trained before models were exported have none; train it again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run has no metric '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run has no recipe ("config" with its model and epochs), so it could not be trained again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run id "%1" is not 16 lowercase hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run is %1; only a finished or stopped run's model can be registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run is %1; pack it once it has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run is %1; rerun it once it has ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run records no dataset version to train on again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run's status is not one of a run that ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server did not answer with HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the split could not be recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the split leaves no training rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the split names a part that does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the step says what it does with one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored copy of %1 is damaged: its content hash is %2, not %3; import the data again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored dataset is damaged (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the stored dataset is missing: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target column "%1" holds a single class%2; a classifier needs at least two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the target has %1 class(es); classification needs at least 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the training fraction must be above 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the training images were %1 pixels (as the model takes them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the value %1 makes no valid recipe: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the version was deleted but its files could not be removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the version's row names a bundle outside the registry's model folders; nothing was deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the watched folder does not exist; create it, or fix triggers.watch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the watched folder is a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace has schema version %1 and needs an update to version %2, but it is read-only; open it once with permission to write</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace is busy: another Crucible process is writing to it (while %1). Try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace is read-only (no permission to write it, or opened read-only), so %1 cannot be done; listing and showing still work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace was written by a newer Crucible (schema version %1; this build knows up to %2). It was left unchanged: open it with a newer Crucible or choose another workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the zip directory is damaged (zip error %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the zstd data is damaged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the zstd data was packed with a window larger than 128 MiB (zstd --long); unpack it with zstd -d --long=31 and import the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no CUDA device '%1' (%2 visible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no column "%1"; the columns are %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no experiment with this id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no model '%1' (the challenger is '%2'); a champion of another name is most likely a typo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such artifact file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no such run in this workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no workspace here to open read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this ')' has no matching '('</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this SQLite database belongs to another program, not a model registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this field name has no closing `</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this file is not the bundle registered as %1 (its SHA-256 differs from the one recorded at registration), so it was not exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this file is not the bundle registered as %1: its SHA-256 is %2, the registry recorded %3, so it was changed or replaced after registration; it is not used. Restore the file from a backup, or register the model again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is %1, which Crucible does not read; it reads plain text, gzip (.gz) and zstd (.zst): unpack it and import the CSV file inside</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is a file, not a workspace folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a SQLite database, so it cannot be a Crucible workspace. It was left unchanged: move it away or choose another workspace folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this model takes a table: give a CSV or TSV file, not a folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this model takes images: give a folder of images, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this string has no closing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time budget of %1 minutes spent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timed out after %1 s (its limit is %2 s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training data %1@%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>triggers is a mapping with schedule, watch and drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected %1: join conditions with 'and' or 'or'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected text after a closing quote; inside a quoted field write a quote as %1%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown column type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown field '%1': use params.KEY, metrics.KEY, tags.KEY or one of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1' (a parameter has one of choice, int, float; and log, grid, when)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1' (known: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1' (known: numeric, categorical, significance, min_drifted_features, features)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1' in the model spec; known keys: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1'; known: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown kind "%1" (use csv, images or idx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown model '%1': use %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown recipe key '%1'; the keys are: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown status '%1'; statuses are %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreadable header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>updating the schema to version %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use auto, cpu, cuda or cuda:N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 of "%2" is what alias %3 points at; move or remove the alias first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warn at the smaller value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>watch names a folder: 'watch: /data/incoming' or 'watch: {folder: /data/incoming, pattern: "*.csv"}'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what an earlier run made is gone; running again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when needs at least one value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>when takes one parameter and its value(s): when: {optimizer: sgd}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>which column holds the labels? Name it 'label'%1, or keep only 'id' and it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whole log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>workspace, experiments, datasets and runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrong IDX magic number 0x%1: expected 0x0000080%2 (unsigned bytes, %2 dimension(s)) for an %3 file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a credential helper's name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a digest: write @sha256: and 64 lowercase hex digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a registry host (a name or address, then :PORT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a repository name: lowercase letters and digits, joined by '.', '_', '-' or '/'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a tag: letters, digits, '.', '_' and '-', at most 128, not starting with '.' or '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>; log in with docker login %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a Crucible model has exactly one layer, its bundle; this manifest has %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a registry reference starts with oci:// (oci://HOST[:PORT]/REPOSITORY[:TAG])</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach the registry %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 declares a size of %2 bytes, outside 1 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 has no sha256 digest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its %1 is not a descriptor object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its layer is of type '%1', not a Crucible bundle (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name a tag to push to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name the registry's host and a repository: oci://HOST[:PORT]/REPOSITORY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plain HTTP is only for a registry on this machine (localhost, 127.0.0.1, ::1); %1 is reached over HTTPS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the bundle %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the manifest %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting an upload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>storing the manifest as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the credential helper %1 that %2 names for %3 cannot be started: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the login for %1 is not base64 of USER:PASSWORD</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the manifest is a %1, not an OCI image manifest holding a model (an image index or a Docker image?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the manifest is not of schema version 2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry %1 asks for a login; log in with docker login %1 (the login is read from %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry %1 refused the login of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry answered HTTP %1 while %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry asks for a login of a kind Crucible does not speak ('%1')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry has no %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry refused access to %1 (HTTP %2: %3); log in with docker login %4 or check the repository's permissions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry refused its own token for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry sent %1 bytes with the digest %2, but the manifest names %3 bytes with %4; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry sent a manifest whose digest is %1, not the %2 asked for; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry sent more than %1 bytes for %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry stored the manifest under the digest %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry's manifest is not a JSON object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry's token service %1 gave no token (HTTP %2)%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the transfer was cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this artifact is not a Crucible model (artifact type '%1', config '%2')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>uploading the blob %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing the tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>push to a tag (oci://HOST/REPOSITORY:TAG), not to a digest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry has no repository %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a port: ports go from 1 to 65535</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent nothing for %2 s while Crucible waited for %3; it was given up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a registry reference holds no user or password (logins come from docker's configuration: docker login HOST)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an https:// address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>following a redirect without a Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>following more than five redirects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle's name cannot be pushed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the credential helper %1 did not answer within 30 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the download from %1 broke off: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry sent Crucible on to %1, which is not %2; nothing was sent there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry's token service %1 gave no token: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the transfer was cancelled; nothing was imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moved less than %2 KiB in %3 s for %4; it was given up as too slow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>on this machine (--plain-http keeps every request on it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the import was cancelled; nothing was registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the registry's token service %1 is not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace address must not hold a password, which would be kept in settings and shell history: put it in ~/.pgpass or PGPASSWORD instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace address names one database after the host, as in postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace address takes only objects= and sslmode=, not '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace cannot be copied into itself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace on PostgreSQL needs ?objects=/SHARED/FOLDER, an absolute path to the folder every machine sees for datasets, checkpoints, models and artifacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server: %1 (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot put the copied file in place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configuring the connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connecting to the server again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying was cancelled after the records; copy again to bring the rest of the files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying was cancelled; nothing was copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>linking runs to their parents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listening for other machines' changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no workspace in this database yet (add --create to make one, or run 'crucible-cli workspace init' with this address)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numbering new rows of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sslmode is one of: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table %1 has no primary key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>telling others of a change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database server cannot be reached (while %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the two workspaces have different schema versions (%1 and %2); open both with this Crucible first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace to copy into already holds another row of %1 with %2 (its %3 differs); nothing was copied. Copy into an empty workspace, or into one copied from this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace to copy into has no column %1.%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace to copy into has no table %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace to copy into is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this Crucible cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not a workspace address of the form postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>writing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The records and files are copied; 'models list' on each side shows which models were not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 The records are copied; copy again once it can be, to bring the rest of the files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace address has no #fragment (a # in the shared folder's path is written %23)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a workspace address names one shared folder (objects=), not two</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create this folder (check permissions, free space and the length of its name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read this file to copy it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write in this folder of the workspace to copy into (check permissions and free space); nothing was copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write this file (check permissions and free space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>copying does not know the workspace table %1; nothing was copied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating the workspace's tables (the database role needs the right to create tables in it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database gave no reason (its connection may have been lost)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace to copy into already holds a row of %1 with the same name as this one's (%2) under another id; nothing was copied. Rename one of the two, or copy into an empty workspace.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: rank 0's rendezvous at %2 could not be reached within %3 s (dist_timeout): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the exchange with the other workers failed (a worker stopped, died, or did not answer within %2 s, dist_timeout): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the rendezvous at %2 did not gather all %3 workers within %4 s (dist_timeout): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not usable for a data-parallel run: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>crucible-cli, which runs the other processes of a data-parallel run, is not installed beside this program or on PATH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not set, but a data-parallel launch needs it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not set: name the host of rank 0, where the workers meet (the sbatch script of train --emit slurm sets it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outside %1 to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank %1 of the data-parallel run could not start: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the master address '%1' cannot be resolved: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no route from this host to the master address '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: stopped while waiting for the other workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the %2 process group could not be formed through %3 within %4 s (dist_timeout): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the workers did not all meet at %2 within twice %3 s (dist_timeout): a worker is missing, or what answers there is not rank 0's rendezvous</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot make a log file for rank %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give an absolute path (the files become PATH.rank0, PATH.rank1, ...)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this LibTorch has no NCCL (a CPU build): use CRUCIBLE_DIST_BACKEND=gloo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>use gloo or nccl</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a worker did not reach the shared-memory exchange within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank 0 named no shared memory of its workers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rank 0's shared memory cannot be opened here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared memory for the workers of this host cannot be made: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared memory for the workers of this host cannot hold %1 MB: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the shared memory found here is not rank 0's (another host's /dev/shm)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worker rank %1 (process %2) ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>worker rank %1 is outside a world of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FieldAxis</name>
    <message>
        <source>%1 (best)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>reference (training data)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegistryTasks</name>
    <message>
        <source>Cannot import this bundle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This bundle is in the registry already, as %1; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot export %1 to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::AboutDialog</name>
    <message>
        <source>About Crucible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A desktop workbench for machine-learning experiments: load data, train LibTorch models while their curves draw live, compare runs and export versioned models.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LibTorch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BLAS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CUDA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ColumnProfileView</name>
    <message>
        <source>integer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>numeric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>categorical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Distinct</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minimum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maximum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Std. deviation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>5 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>25 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>75 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>95 %</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Histogram (%n bin(s))</source>
        <translation><numerusform>Histogram (%n bin)</numerusform><numerusform>Histogram (%n bins)</numerusform></translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date and time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>date and time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::CompareModel</name>
    <message>
        <source>Cannot read the runs to compare: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read metric %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reading %1 of %n run(s)…</source>
        <translation><numerusform>Reading %1 of %n run…</numerusform><numerusform>Reading %1 of %n runs…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation><numerusform>%1 (%n run)</numerusform><numerusform>%1 (%n runs)</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::ComparePage</name>
    <message>
        <source>Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the metrics charted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>X axis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wall time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relative time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Smoothing:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Debiased exponential moving average over the full series (0: raw)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw runs that share params as one mean curve with a band</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean ± std</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min – max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw each group's runs faintly behind its mean</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parallel coordinates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scatter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drag along an axis to keep only the runs in that range; click the axis to clear</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select runs on the Runs page and choose Compare Selected (Ctrl+Shift+C), or Compare All Matching the Filter (Ctrl+Alt+C).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation><numerusform>%n run</numerusform><numerusform>%n runs</numerusform></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wall time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time since the run's first point</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run colour</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) (brushed)</source>
        <translation><numerusform>%1 of %n run (brushed)</numerusform><numerusform>%1 of %n runs (brushed)</numerusform></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All params but the seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PNG (2x)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Drawn Series as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no chart of %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Colour by dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the runs come from more than one dataset: a colour per dataset, its runs in shades of it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>coloured by dataset: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>from %n dataset(s): %1</source>
        <translation><numerusform>from %n dataset: %1</numerusform><numerusform>from %n datasets: %1</numerusform></translation>
    </message>
    <message>
        <source>A&amp;xes…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose and order the axes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::DatasetTableModel</name>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::DatasetsPage</name>
    <message>
        <source>images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>regression</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>classification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a CSV or TSV file, an image folder or IDX files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Samples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add built-in sample datasets: Fashion-MNIST, Iris, Wine and more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;No datasets yet&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a CSV or TSV file, a folder of images with one subfolder per class, or MNIST-style IDX files. You can also drop them here, or start with the samples.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Samples…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, target %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='color:#c0392b'&gt;Cannot show this version: %2&lt;/span&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 images of %2×%3, %n channel(s)</source>
        <translation><numerusform>%1 images of %2×%3, %n channel</numerusform><numerusform>%1 images of %2×%3, %n channels</numerusform></translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b style='font-size:large'&gt;%1&lt;/b&gt; &amp;nbsp;&lt;code&gt;%2&lt;/code&gt;&lt;br&gt;%3 · target &lt;b&gt;%4&lt;/b&gt; (%5) · imported %6 from %7</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.gz *-ubyte);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wait for the running import to finish, or cancel it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adding %n sample(s)…</source>
        <translation><numerusform>Adding %n sample…</numerusform><numerusform>Adding %n samples…</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import failed; nothing was added.
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is unchanged: no new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the version shown as a CSV file, or its images as a folder per label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the version shown from the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1 to an Empty Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be exported: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation><numerusform>Exported %n row of %1 to %2</numerusform><numerusform>Exported %n rows of %1 to %2</numerusform></translation>
    </message>
    <message>
        <source>Delete Dataset Version</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n row(s)) from the workspace? The file it came from is not touched.</source>
        <translation><numerusform>Delete %1 (%n row) from the workspace? The file it came from is not touched.</numerusform><numerusform>Delete %1 (%n rows) from the workspace? The file it came from is not touched.</numerusform></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1

Delete it anyway? Those runs keep their records, but lose the link to their data and cannot be rerun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %1; %n run(s) keep their records without it.</source>
        <translation><numerusform>Deleted %1; %n run keep their records without it.</numerusform><numerusform>Deleted %1; %n runs keep their records without it.</numerusform></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ImageGridModel</name>
    <message>
        <source>Image %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ImportDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The column the model learns to predict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refuse the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read them as missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the column as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A column of numbers with a few other values ("12kg", "n.a."): the import says which and where, reads them as missing, or keeps the whole column as text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers beyond a 32-bit float (about ±3.4e38, such as 1e39) or infinite</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text among &amp;numbers:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Numbers too &amp;large:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This file cannot be imported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import would refuse this file:
%1
Choose what to do with text among numbers, or correct the file.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>An image folder with %n class folder(s): %1. Images are resized to their most common size.</source>
        <translation><numerusform>An image folder with %n class folder: %1. Images are resized to their most common size.</numerusform><numerusform>An image folder with %n class folders: %1. Images are resized to their most common size.</numerusform></translation>
    </message>
    <message>
        <source>These files cannot be imported:
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (test split)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IDX image and label files: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible cannot tell what this is. Import a CSV or TSV file, a folder with one subfolder of images per class, or MNIST-style IDX files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tab-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pipe-separated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>separated by spaces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>separated by '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>single quotes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>decimal comma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>header on line %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Spaces (one or more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Point ( 1.5 )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma ( 1,5 )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How numbers write their fraction; with a decimal comma, a point groups thousands (1.234,5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double ( " )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Single ( ' )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line with the column names, when title or comment lines come first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Header on line:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>First %n row(s) as they will be read (%2). Columns: %1.</source>
        <translation><numerusform>First %n row as they will be read (%2). Columns: %1.</numerusform><numerusform>First %n rows as they will be read (%2). Columns: %1.</numerusform></translation>
    </message>
    <message>
        <source>Day first ( 31/12/2024 )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Month first ( 12/31/2024 )</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not as dates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns of dates and times (2024-12-31, 31.12.2024 18:30) are read as such. Where the values do not show whether the day or the month comes first (03/04/2024), say which.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dat&amp;es:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read as text: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ImportanceBars</name>
    <message>
        <source>Importance needs at least four complete trials.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::MainWindow</name>
    <message>
        <source>%1 · training on %2, %3 in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n logical core(s); training uses %1 thread(s)</source>
        <translation><numerusform>%n logical core; training uses %1 thread</numerusform><numerusform>%n logical cores; training uses %1 threads</numerusform></translation>
    </message>
    <message>
        <source>LibTorch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>BLAS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training runs about 10x slower on the reference BLAS. Install the package libopenblas0-pthread.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: %1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You may not write this workspace: you can browse datasets, runs and models, but not import, train or edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import, browse and profile datasets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train a model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse and compare runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare runs side by side: charts, groups, params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered models</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open or create a workspace folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Crucible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A run is training. Stop it (a checkpoint is kept, so you can resume it later) and quit?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The workspace could not be opened; the current one stays open.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Serving %n model(s)</source>
        <translation><numerusform>Serving %n model</numerusform><numerusform>Serving %n models</numerusform></translation>
    </message>
    <message>
        <source>&amp;Serving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models served over HTTP: requests, latency, errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift: is the data a model sees still the data it learned from?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pipeline run trained %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipelines: from new data to a promoted model, without hands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models in production, work running now, recent runs and alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;weeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hyperparameter sweeps: search recipes, stop poor trials early, keep the best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MLflow tracking server could not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the workspace is read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MLflow: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Python scripts log into this workspace with
export MLFLOW_TRACKING_URI=%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MLflow: not serving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Model Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the model bundle “%1” into the registry?

Its checksums and model are verified first; nothing is added when they do not hold.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open S&amp;hared Workspace…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace on a PostgreSQL server that a team shares</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Shared Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A workspace on a PostgreSQL server that a team shares, and the folder every machine sees for its files:
postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER

The password goes in ~/.pgpass or PGPASSWORD, never in the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A shared workspace's address starts with postgresql://. For a folder, use Open Workspace.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::MetricChart</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n more</numerusform><numerusform>+%n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::MonitorPage</name>
    <message>
        <source>Choose the Current Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Drift Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift policies (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A registered model: NAME@VERSION, NAME@ALIAS or NAME (its latest version)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serving log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A dataset version of this workspace: NAME@HASH</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prediction log of a model served from this workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>whole log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rows per window (500) or a time span (30m, 1h, 1d): drift becomes a series</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default: numbers drift at a Wasserstein distance of 0.2 standard deviations, categories at PSI 0.25, where the test gives p &lt; 0.05</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the data with the model's training data (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the report as HTML or PDF (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PSI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p-value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>W (sd) / JS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shift (sd)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Histogram</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The policy's statistic and its value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Population stability index on the reference's deciles or categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolmogorov-Smirnov (numbers) or chi-square (categories) p-value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wasserstein distance in reference standard deviations, or Jensen-Shannon distance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change of the mean in reference standard deviations, or new categories</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Share of missing values now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference (grey) and current (orange) shares per bin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a model and the data it sees now, then Check Drift.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift per window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>window start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing models and data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick a model and the data to compare with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window: give rows (500) or a time span (30m, 1h, 1d).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking drift of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mean %1 → %2 (%3 standard deviations); reference standard deviation %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kolmogorov-Smirnov %1, p = %2 (%3); Wasserstein %4 (%5 sd); PSI %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>asymptotic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>χ² %1 with %2 degrees of freedom, p = %3; Jensen-Shannon %4; PSI %5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n value(s) in categories never seen in training: %1</source>
        <translation><numerusform>%n value in categories never seen in training: %1</numerusform><numerusform>%n values in categories never seen in training: %1</numerusform></translation>
    </message>
    <message>
        <source>Missing %1 % → %2 %; %3 values now, %4 in the reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift threshold (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning threshold (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check drift first: there is no report yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Drift Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report written to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No features to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 moved %2 standard deviations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed shape (Wasserstein distance %2 standard deviations)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n feature(s) drifted; %2</source>
        <translation><numerusform>%1 of %n feature drifted; %2</numerusform><numerusform>%1 of %n features drifted; %2</numerusform></translation>
    </message>
    <message>
        <source>(the policy calls drift from %1 drifted features)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No drift: 0 of %n feature(s) drifted, %1 with a warning; %2</source>
        <translation><numerusform>No drift: 0 of %n feature drifted, %1 with a warning; %2</numerusform><numerusform>No drift: 0 of %n features drifted, %1 with a warning; %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No drift: 0 of %n feature(s) drifted</source>
        <translation><numerusform>No drift: 0 of %n feature drifted</numerusform><numerusform>No drift: 0 of %n features drifted</numerusform></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Folder of Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File or folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current data: a CSV with the model's columns, or a folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder of images, for an image model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jensen-Shannon %1; PSI %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed (PSI %2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 changed (PSI %2, new categories: %n)</source>
        <translation><numerusform>%1 changed (PSI %2, new categories: %n)</numerusform><numerusform>%1 changed (PSI %2, new categories: %n)</numerusform></translation>
    </message>
    <message>
        <source>Choose the Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels (optional): a CSV of id and label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels that arrived later, joined to the log by request id: accuracy and F1 (or MSE, MAE, R²) per window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Performance per window (labelled rows)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on the test split (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>predicted value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The predictions drifted too: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the predicted value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the predicted class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reference (the test split's predictions)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retrain…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up a pipeline that retrains this model on new data, checks it against the current version and promotes it when it is better</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::OciDialog</name>
    <message>
        <source>Push %1@%2 to a Registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull a Model from a Registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle goes to an OCI registry (Docker Distribution, Harbor, GitHub, AWS, Azure, Artifactory) as an artifact, with the model's name, version and metrics on its manifest. Logins are Docker's: docker login HOST.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The model is checked against the registry's digests, verified like an imported bundle and added as a new version. Nothing is added when a check fails. Logins are Docker's: docker login HOST.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain &amp;HTTP (only for a registry on this computer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stable, 2026-12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More &amp;tags:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version number (%1) is the tag unless the address names one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;List Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the tags of the repository in the address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags in the registry:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the bundle's own name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register as &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Push</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain HTTP is only for a registry on this computer; %1 is reached over HTTPS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push to a tag, not to a digest.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“%1” is not a tag: letters, digits, '.', '_' and '-', at most 128.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The repository has no tags.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also tag the al&amp;ias:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read everything again (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Models in production</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a row or press Enter to open it where it belongs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drifted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no drift</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not served</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open %1 on the Registry page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check it on the Monitor page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
checked %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model has an alias yet. Register a run's model on the Runs page and give a version an alias such as "production".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is running. Train a model on the Train page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, created %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No runs yet. Import a dataset or load the samples (File menu), then train on the Train page.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No alerts in the last 7 days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown verdict (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run interrupted: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>…and %n more failed or interrupted run(s)</source>
        <translation><numerusform>…and %n more failed or interrupted run</numerusform><numerusform>…and %n more failed or interrupted runs</numerusform></translation>
    </message>
    <message>
        <source>Show them on the Runs page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ParallelAxesDialog</name>
    <message>
        <source>Axes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the axes to draw. Drag a row, or press Alt+Up or Alt+Down, to move it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>De&amp;faults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the axis left (Alt+Up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move the axis right (Alt+Down)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The parameters that vary and the metric the lines are coloured by</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ParallelCoordinatesView</name>
    <message>
        <source>Compare runs that differ in a param to see them here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
%2 to %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ParamsTableModel</name>
    <message>
        <source>status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (best)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (last)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::PipelineFormDialog</name>
    <message>
        <source>New Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (cron, such as 0 3 * * * for 03:00 daily)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train only when the data drifted from production's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (a file to append a JSON line to after every run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Watched folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dataset name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Target column:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gate &amp;metric:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At &amp;least (at most for mse, mae):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Better than production &amp;by:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Intended use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move &amp;aliases:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Notify log:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;The pipeline file&lt;/b&gt; (edit it further on the Pipelines page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Valid: %n step(s).</source>
        <translation><numerusform>Valid: %n step.</numerusform><numerusform>Valid: %n steps.</numerusform></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline files (*.yaml *.yml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply to the File</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::PipelineGraph</name>
    <message>
        <source>succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a pipeline file, or pick a run, to see its steps.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation><numerusform>%n attempt</numerusform><numerusform>%n attempts</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::PipelinesPage</name>
    <message>
        <source>&amp;Open Pipeline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List a pipeline file (YAML) on this page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the selected pipeline now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue the selected run at the step that did not finish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the running pipeline; resume it later</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the pipeline file: every problem with its line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the pipeline file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run triggers while open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Act on the pipelines' schedules, watched folders and drift while the workbench is open, as crucible-cli pipeline daemon does</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Pipelines&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline file *</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected pipeline's YAML file. New Pipeline writes one from the documented example.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading pipelines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(file not listed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(cannot read the file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new file in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>outputs reused: its inputs are unchanged since an earlier run</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation><numerusform>%n attempt</numerusform><numerusform>%n attempts</numerusform></translation>
    </message>
    <message>
        <source>(no log)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>No problems: %n step(s).</source>
        <translation><numerusform>No problems: %n step.</numerusform><numerusform>No problems: %n steps.</numerusform></translation>
    </message>
    <message>
        <source>This pipeline has no file to save to; use New Pipeline.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1; it has problems (listed below the file).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline files (*.yaml *.yml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running pipeline %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resuming pipeline %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after the current step's work… Resume continues the run later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking pipeline triggers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed %1 from the list; the file and its runs are kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a new pipeline file from a form: data, model, gate and aliases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit in &amp;Form…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit a pipeline made with the form in the form again; the YAML follows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fix the file's problems first (listed below it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This pipeline has steps or keys the form does not show; edit its YAML here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The form's changes are in the file below; save them with Ctrl+S.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schedule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::PlaceholderPage</name>
    <message>
        <source>Coming here:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::PredictDialog</name>
    <message>
        <source>Predict</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>-predictions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NAME@VERSION, NAME@ALIAS, NAME (its latest version) or the path of a .crucible file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predict (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Output CSV:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folder of images (the model takes %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a CSV or TSV file with the columns %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: a %2 model trained on %3. Input: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV or TSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a Folder of Images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the Input Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Predictions As</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predicting with %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot predict: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prediction</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Predicted %n row(s) with %1 into %2.</source>
        <translation><numerusform>Predicted %n row with %1 into %2.</numerusform><numerusform>Predicted %n rows with %1 into %2.</numerusform></translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RecipeForm</name>
    <message>
        <source>The dataset version to train on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A preset (auto picks one for the dataset), a compact form such as mlp:256,128 or cnn:32,64, or a JSON spec (Edit…)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passes over the training split</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Examples per optimizer step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning rate, for example 0.001 or 3e-4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adam and AdamW adapt the step per weight; SGD uses momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SGD momentum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nesterov</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L2 penalty (decoupled for AdamW)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How the learning rate changes over the epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs of linear warm-up from 0 to the learning rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after this many epochs without a better validation loss; 0 never stops early</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Largest gradient norm; 0 does not clip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed of initialisation and shuffling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deterministic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deterministic algorithms: the same seed gives identical results on the CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto trains on the GPU when one is available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LibTorch threads; 0 uses the Settings value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs between checkpoints; 0 only on stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Momentum:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weight decay:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schedule:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Early stopping:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gradient clip:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checkpoint every:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model Spec</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON, for example {"kind":"mlp","hidden":[256,128],"dropout":0.1}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pro&amp;cesses:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Momentum, weight decay, schedule, early stopping, seed, device, threads, processes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data-parallel: train one run in this many processes on this machine, each on its share of every batch; they share the cores. Pausing is not available then.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RegisterModelDialog</name>
    <message>
        <source>Register Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packaging the run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Packaging run %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional: point this alias at the new version (moving it if it exists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who should use this model, for what, and for what not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Intended use:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model card preview:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; (%2) · %3 · dataset %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Into the registry in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates the model %1 with version 1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Adds a version to %1 (it has %n version(s), latest v%2).</source>
        <translation><numerusform>Adds a version to %1 (it has %n version, latest v%2).</numerusform><numerusform>Adds a version to %1 (it has %n versions, latest v%2).</numerusform></translation>
    </message>
    <message>
        <source>No alias.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 will point at the new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run cannot be registered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model card: this run cannot be registered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registering %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot register the model: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RegistryAliasDialog</name>
    <message>
        <source>Set Alias of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>production, staging, champion…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Set Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remove Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Points at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type an alias.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creates the alias &lt;b&gt;%1&lt;/b&gt; pointing at v%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already points at v%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moves &lt;b&gt;%1&lt;/b&gt; from v%2 to v%3; the move is logged in the alias history.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RegistryModelView</name>
    <message>
        <source>Select two versions (Ctrl+click) to compare them</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n version(s), latest v%1 · registry %2</source>
        <translation><numerusform>%n version, latest v%1 · registry %2</numerusform><numerusform>%n versions, latest v%1 · registry %2</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::RegistryPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a .crucible bundle; it is verified first (Ctrl+I)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the selected version's bundle as a file (Ctrl+E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set &amp;Alias…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set, move or remove an alias such as production (Ctrl+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the selected version and its bundle (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Predict…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predict a CSV file or a folder of images with the selected version (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the registry again (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;The registry in %1 cannot be opened.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Choose another folder in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;No models in this registry yet&lt;/h3&gt;&lt;p&gt;To register a model, train a run, select it on the &lt;b&gt;Runs&lt;/b&gt; page and choose &lt;b&gt;Register Model…&lt;/b&gt; (or use &lt;b&gt;Register Model…&lt;/b&gt; on the Train page when a run has finished). From a terminal: &lt;code&gt;crucible-cli models register RUN --name NAME&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;You can also import a &lt;code&gt;.crucible&lt;/code&gt; bundle someone shared with you.&lt;/p&gt;&lt;p style="color:gray"&gt;Registry folder: %1&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation><numerusform>%n version</numerusform><numerusform>%n versions</numerusform></translation>
    </message>
    <message>
        <source>Cannot read the versions of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1@%2 now points at v%3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot set the alias %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed the alias %1 of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot remove the alias %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deleted %1@%2 and its bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot delete %1@%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verifying and importing %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Model Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible model bundles (*.crucible);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible model bundles (*.crucible)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete %1 and its bundle file? Its version number is never given to another version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot register: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Serve…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serve the selected version, or an alias of it, as an HTTP API with live charts (Ctrl+Shift+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Push the selected version to an OCI registry, for other machines (Ctrl+Shift+U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pu&amp;ll…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull a model from an OCI registry into this one; it is verified first (Ctrl+Shift+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pushed %1 to %2 as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot push %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot pull %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulled %1 from %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 is already registered as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Remote registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>oci://HOST/REPOSITORY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A repository in an OCI registry that your team shares; List shows its tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only for a registry on this computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a tag to pull it into this registry.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RegistryVersionModel</name>
    <message>
        <source>—</source>
        <comment>no run</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <comment>no metric value</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported without a run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aliases</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RegistryVersionPanel</name>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model Card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lineage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alias History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a version to see where it came from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This version's bundle cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (imported without a run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the bundle…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Task&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1, %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation><numerusform>%n class(es)</numerusform><numerusform>%n class(es)</numerusform></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, registered %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↳ trained by run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↳ on dataset version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select two versions in the table above (Ctrl+click) to compare their metrics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 against %2; the difference is %2 minus %1, green where %2 is better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(created)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↳ in pipeline</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RunDetailsPanel</name>
    <message>
        <source>Select a run to see its recipe, environment, params, metrics and artifacts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes: what you tried, what you saw, what to try next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Notes and Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Param</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Artifacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (in the trash)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dataset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipe hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parent run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reproduction</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Rerun of %1: reproduced, %n point(s) identical</source>
        <translation><numerusform>Rerun of %1: reproduced, %n point identical</numerusform><numerusform>Rerun of %1: reproduced, %n points identical</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rerun of %1: reproduced within %2 %, %n point(s) compared</source>
        <translation><numerusform>Rerun of %1: reproduced within %2 %, %n point compared</numerusform><numerusform>Rerun of %1: reproduced within %2 %, %n points compared</numerusform></translation>
    </message>
    <message>
        <source>Rerun of %1: not reproduced</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerun of %1: not checked</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RunDiffDialog</name>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diff of %1 and %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show &amp;everything compared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The runs have the same recipe, data and environment.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n difference(s) between run %1 (A) and run %2 (B) in recipe, data and environment.</source>
        <translation><numerusform>%n difference between run %1 (A) and run %2 (B) in recipe, data and environment.</numerusform><numerusform>%n differences between run %1 (A) and run %2 (B) in recipe, data and environment.</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::RunTableModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <comment>a run the user stopped</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::RunsPage</name>
    <message>
        <source>Filter, for example: metrics.val_accuracy &gt; 0.9 and params.optimizer = "adam"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the params and metrics shown as columns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the runs in the trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare the selected runs side by side (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare All Matching the Filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare every run the table lists (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register Model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the selected run's model in the model registry (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing runs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading changed runs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the runs: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation><numerusform>%n run</numerusform><numerusform>%n runs</numerusform></translation>
    </message>
    <message>
        <source>Metrics (last value)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Params</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rename Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot rename the run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot change the run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot save the notes and tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train the selected run again from its record: recipe, dataset version, seed, threads and device (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerun and Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerun the selected run and compare every metric point with it (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What differs between the two selected runs: recipe, data and environment (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the original and the rerun overlaid on the Compare page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run cannot be rerun: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerunning “%1”: epoch %2 of %3…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerunning “%1” from its record…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It was trained without deterministic mode, so only approximate agreement (within %1 %) can be expected.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rerun did not start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rerun %1 ended %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rerun %1 of “%2” finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The rerun finished, but the check failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reproduced: %n point(s) identical.</source>
        <translation><numerusform>Reproduced: %n point identical.</numerusform><numerusform>Reproduced: %n points identical.</numerusform></translation>
    </message>
    <message>
        <source>Not reproduced.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reproduced within %1 %: %n point(s) compared, %2 identical.</source>
        <translation><numerusform>Reproduced within %1 %: %n point compared, %2 identical.</numerusform><numerusform>Reproduced within %1 %: %n points compared, %2 identical.</numerusform></translation>
    </message>
    <message>
        <source>%1 at step %2 is %3 in the original and %4 in the rerun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment is the same.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment differs: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is logged at step %2 in the original and at step %3 in the rerun.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the runs in the trash for good, with their checkpoints, models and artifacts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Empty Trash</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Delete the %n run(s) in the trash for good, with their checkpoints, models and artifacts? This cannot be undone.</source>
        <translation><numerusform>Delete the %n run in the trash for good, with their checkpoints, models and artifacts? This cannot be undone.</numerusform><numerusform>Delete the %n runs in the trash for good, with their checkpoints, models and artifacts? This cannot be undone.</numerusform></translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot empty the trash: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) for good; %1 freed.</source>
        <translation><numerusform>Deleted %n run for good; %1 freed.</numerusform><numerusform>Deleted %n runs for good; %1 freed.</numerusform></translation>
    </message>
    <message>
        <source>Looking for changed runs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields: name, status, experiment, tag, tags.KEY, seed, dataset, created, params.KEY, metrics.KEY (.min, .max, .best); operators = != &lt; &lt;= &gt; &gt;= contains like glob in; dates as 2026-12-01 or 2026-12-01 14:30; join with and, or, not</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::SamplesDialog</name>
    <message>
        <source>Add Sample Datasets</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Real datasets (UCI, Fashion-MNIST) and seeded synthetic ones for quick experiments:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ServeDialog</name>
    <message>
        <source>Serve %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1@%2 — follows the alias (now version %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1@%2 — this version only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — the latest version, whichever it is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take the next free port when it is in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reachable from other machines (listen on all addresses, without a token)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Serve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When the alias moves to another version (here, from the command line or on another machine), the server loads that version and switches to it without a failed request.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answers with this version until you stop it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When a newer version is registered, the server switches to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anyone who can reach this machine can call the model. To require a token, serve it from the command line with --token-file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ServingPage</name>
    <message>
        <source>&amp;Stop Serving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the selected server after answering what is in flight (Ctrl+.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy curl Example</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy a curl command that asks the selected model for a prediction (Ctrl+Shift+C)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No model is served. Select a version on the Registry page and choose Serve (Ctrl+Shift+S): its predictions are then one HTTP request away, for any program, with live charts of requests, latency and errors here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the Registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try it:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events (an alias followed to another version, a version that failed to load):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Errors per second</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>time serving</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serving %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot serve %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serving %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping %1: answering the requests in flight…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped serving %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>requests/s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>errors/s</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Use the workspace's registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep registered models in the registry/ folder of the workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A folder for registered models: local, or a shared drive your team can reach. CRUCIBLE_REGISTRY, when set, wins over this choice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LibTorch threads for training from the workbench. One core fewer than the machine has keeps the window responsive while a model trains.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>GPU %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model &amp;registry folder:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training &amp;threads:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Workspace Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Model Registry Folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Serve MLflow's tracking API on port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>While the workbench runs, Python scripts instrumented with MLflow log into this workspace when MLFLOW_TRACKING_URI names this address; their runs appear live on the Runs and Compare pages. Only this computer can reach it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MLflow tracking:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder that holds your datasets, runs and models, or a workspace on a PostgreSQL server that a team shares: postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER. Leave empty for the default folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search commands, pages or keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::SweepDialog</name>
    <message>
        <source>New Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minimise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TPE: learns from the trials so far (Bayesian)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Median: stop a trial worse than the median at its epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ASHA: keep the best third at epochs 1, 3, 9, …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None: every trial runs all its epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trials that train at once; the cores are divided among them</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same seed suggests the same trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Values: a range "0.0001 .. 0.1" for float and int, or choices "sgd, adam". Only when: a condition on a choice, such as "optimizer=sgd".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add Parameter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trials of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pruning:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create and Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Search space&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>float</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>int</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search space, row %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name a parameter (a recipe key such as lr, or model.width)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give a range as "LOW .. HIGH", such as 0.0001 .. 0.1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a condition reads "PARAMETER=VALUE", such as optimizer=sgd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is searched twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>import a dataset first (Datasets page)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Auto (minimise losses and errors, maximise accuracy)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parameters: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epochs each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Parallel &amp;trials:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a recipe key or model field (the table's tooltip lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a recipe key or model field; did you mean %2?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::SweepsPage</name>
    <message>
        <source>New Sweep…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run or Resume Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search a recipe's hyperparameters (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the selected sweep, or resume it where it stopped (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the current step of each running trial; Run resumes later (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare Top 5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the five best trials on the Compare page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compare All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open every trial on the Compare page: parallel coordinates and scatter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register Best…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the best trial's model in the registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Sweeps&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Trials&lt;/b&gt; (double-click opens the run)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Best value after each trial&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The share of the objective's variance over complete trials that each parameter explains on its own (one-way ANOVA, eta squared; ranges in quartile bins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading sweeps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not run yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pruned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No sweeps yet. &lt;b&gt;New Sweep…&lt;/b&gt; searches a recipe's learning rate, model size and more, trains the trials and keeps the best.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minimise %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>maximise %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TPE (Bayesian)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>median pruning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ASHA pruning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no pruning</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3, %4, %5, budget %n trial(s)</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; on %2: %3, %4, %5, budget %n trial</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; on %2: %3, %4, %5, budget %n trials</numerusform></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pruned after epoch %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete, best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trials finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each complete trial's value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 trials</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created sweep %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running sweep %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sweep %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after the current step of each running trial… Run resumes the sweep later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked the process running %1 to stop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>best trial #%1, %2 = %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 trials finished, %3 pruned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run Sweep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Parameter importance&lt;/b&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>random search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>grid search</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::TaskStatus</name>
    <message numerus="yes">
        <source>%n background task(s)</source>
        <translation><numerusform>%n background task</numerusform><numerusform>%n background tasks</numerusform></translation>
    </message>
    <message>
        <source>Work running in the background: click to see or cancel it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — cancelling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop this work</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This work finishes by itself and cannot be cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel All</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>crucible::TrainPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start training (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint (Ctrl+.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Train this recipe after the runs before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register Model…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register the model of the run that just ended in the model registry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click a run to open it on the Runs page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent runs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>epoch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping run %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the datasets: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing recent runs…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot list the recent runs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2@%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot queue: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · epoch %2 of %3 · step %4 of %5 · %6 samples/s · %7 left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> · %1, %2 GPU memory in use</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not everything was recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible cannot open its workspace.

%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crucible, a workbench for ML experiments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the workspace in &lt;folder&gt;.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Render the window offscreen to &lt;file&gt; (PNG) and exit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Model bundles (.crucible) to import into the registry, or data files (CSV, TSV, IDX, image folders) to import, each after asking.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>