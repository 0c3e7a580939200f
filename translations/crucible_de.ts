<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the image could not be saved</source>
        <translation>das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>die Datei konnte nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>%1 (registered before)</source>
        <translation>%1 (bereits zuvor registriert)</translation>
    </message>
    <message>
        <source>%1 already at %2</source>
        <translation>%1 bereits auf %2</translation>
    </message>
    <message>
        <source>%1 bytes after the end</source>
        <translation>%1 Bytes nach dem Ende</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a pipeline file (at most 1 MiB)</source>
        <translation>%1 Bytes sind zu groß für eine Pipeline-Datei (höchstens 1 MiB)</translation>
    </message>
    <message>
        <source>%1 changed (PSI %2)</source>
        <translation>%1 hat sich geändert (PSI %2)</translation>
    </message>
    <message>
        <source>%1 changed shape (Wasserstein distance %2 standard deviations)</source>
        <translation>%1 hat die Form geändert (Wasserstein-Distanz %2 Standardabweichungen)</translation>
    </message>
    <message>
        <source>%1 corrupt record(s) failed the CRC check and were skipped.</source>
        <translation>Beschädigte Einträge: %1; sie haben die CRC-Prüfung nicht bestanden und wurden übersprungen.</translation>
    </message>
    <message>
        <source>%1 field '%2': '%3' is not a value or range from %4 to %5</source>
        <translation>Feld %1 von '%2': '%3' ist kein Wert und kein Bereich von %4 bis %5</translation>
    </message>
    <message>
        <source>%1 field '%2': the step after '/' is a positive number</source>
        <translation>Feld %1 von '%2': die Schrittweite nach '/' ist eine positive Zahl</translation>
    </message>
    <message>
        <source>%1 has %2 points in the original and %3 in the rerun</source>
        <translation>%1 hat im Original %2 Punkte und in der Wiederholung %3</translation>
    </message>
    <message>
        <source>%1 has no versions yet: nothing to beat</source>
        <translation>%1 hat noch keine Versionen: nichts zu übertreffen</translation>
    </message>
    <message>
        <source>%1 holds: no value for %2</source>
        <translation>%1 gilt: kein Wert für %2</translation>
    </message>
    <message>
        <source>%1 images at %2x%3 pixels would take %4 GB, more than the limit of %5 GB; use smaller images (or fewer)</source>
        <translation>%1 Bilder mit %2x%3 Pixeln würden %4 GB belegen, mehr als die Grenze von %5 GB; verwenden Sie kleinere (oder weniger) Bilder</translation>
    </message>
    <message>
        <source>%1 images do not fit the pixels given</source>
        <translation>%1 Bilder passen nicht zu den angegebenen Pixeln</translation>
    </message>
    <message>
        <source>%1 images of %2 values each would take more than the limit of %3 GB; predict them in smaller folders</source>
        <translation>%1 Bilder mit je %2 Werten würden mehr als die Grenze von %3 GB belegen; sagen Sie sie in kleineren Ordnern vorher</translation>
    </message>
    <message>
        <source>%1 is not Crucible's LibTorch module (no crucible_torch_api)</source>
        <translation>%1 ist nicht das LibTorch-Modul von Crucible (kein crucible_torch_api)</translation>
    </message>
    <message>
        <source>%1 is not a time</source>
        <translation>%1 ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>%1 is not set yet: nothing to beat</source>
        <translation>%1 ist noch nicht gesetzt: nichts zu übertreffen</translation>
    </message>
    <message>
        <source>%1 is only in the %2</source>
        <translation>%1 ist nur im %2 vorhanden</translation>
    </message>
    <message>
        <source>%1 moved %2 standard deviations</source>
        <translation>%1 hat sich um %2 Standardabweichungen verschoben</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1 must not %2</source>
        <translation>%1 darf nicht %2</translation>
    </message>
    <message>
        <source>%1 of %2 features drifted; %3</source>
        <translation>%1 von %2 Merkmalen gedriftet; %3</translation>
    </message>
    <message>
        <source>%1 predicts %2, but the target '%3' of %4 is %5</source>
        <translation>%1 sagt %2 vorher, aber das Ziel '%3' von %4 ist %5</translation>
    </message>
    <message>
        <source>%1 run(s) trained on it: %2%3. Delete those runs first, or delete the version anyway: they keep their records, without the link to their data</source>
        <translation>Darauf trainierte Läufe (%1): %2%3. Löschen Sie zuerst diese Läufe oder löschen Sie die Version trotzdem: Die Läufe behalten ihre Aufzeichnungen, ohne die Verbindung zu ihren Daten</translation>
    </message>
    <message>
        <source>%1 takes [LOW, HIGH], two numbers</source>
        <translation>%1 erwartet [LOW, HIGH], zwei Zahlen</translation>
    </message>
    <message>
        <source>%1 values for %2 rows of %3</source>
        <translation>%1 Werte für %2 Zeilen zu je %3</translation>
    </message>
    <message>
        <source>%1 versions match %2: give more of the hash</source>
        <translation>%1 Versionen passen zu %2: geben Sie mehr vom Hash an</translation>
    </message>
    <message>
        <source>%1 was already %2</source>
        <translation>%1 war bereits %2</translation>
    </message>
    <message>
        <source>%1 was built for another version of Crucible (interface %2, this one %3)</source>
        <translation>%1 wurde für eine andere Version von Crucible gebaut (Schnittstelle %2, diese hier %3)</translation>
    </message>
    <message>
        <source>%1.%2 must be a number of at least 0</source>
        <translation>%1.%2 muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <source>%1.ignore must be true or false</source>
        <translation>%1.ignore muss true oder false sein</translation>
    </message>
    <message>
        <source>%1.statistic: '%2' is not one of %3</source>
        <translation>%1.statistic: '%2' ist keiner von %3</translation>
    </message>
    <message>
        <source>%1: a new statistic needs its own "alarm" threshold</source>
        <translation>%1: eine neue Statistik braucht einen eigenen "alarm"-Schwellenwert</translation>
    </message>
    <message>
        <source>%1: row %2, column %3</source>
        <translation>%1: Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>%1: the registry database is empty (0 bytes), not a registry; its models are not listed</source>
        <translation>%1: die Registry-Datenbank ist leer (0 Bytes), also keine Registry; ihre Modelle werden nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1: the warning threshold %2 must come before the alarm %3 (%4)</source>
        <translation>%1: die Warnschwelle %2 muss vor der Alarmschwelle %3 liegen (%4)</translation>
    </message>
    <message>
        <source>%1: unknown key '%2' (known: statistic, warn, alarm%3)</source>
        <translation>%1: unbekannter Schlüssel '%2' (bekannt: statistic, warn, alarm%3)</translation>
    </message>
    <message>
        <source>%1; the half-carried run could not be removed either (%2): delete it with crucible-cli runs delete %3</source>
        <translation>%1; der halb übertragene Lauf konnte ebenfalls nicht entfernt werden (%2): löschen Sie ihn mit crucible-cli runs delete %3</translation>
    </message>
    <message>
        <source>%1@%2 already points at version %3</source>
        <translation>%1@%2 zeigt bereits auf Version %3</translation>
    </message>
    <message>
        <source>'${' without '}' in "%1"</source>
        <translation>'${' ohne '}' in "%1"</translation>
    </message>
    <message>
        <source>'%1' compares text with %2; only == and != compare text</source>
        <translation>'%1' vergleicht Text mit %2; nur == und != vergleichen Text</translation>
    </message>
    <message>
        <source>'%1' has no reference profile of its training data (a bundle of an older format, or its dataset was gone when it was registered); register the model again from its run, or compare with a dataset version (--reference NAME@V)</source>
        <translation>'%1' hat kein Referenzprofil seiner Trainingsdaten (ein Paket in einem älteren Format, oder sein Datensatz war bei der Registrierung nicht mehr vorhanden); registrieren Sie das Modell erneut aus seinem Lauf, oder vergleichen Sie mit einer Datensatzversion (--reference NAME@V)</translation>
    </message>
    <message>
        <source>'%1' has no value here (a step that was skipped gives none)</source>
        <translation>'%1' hat hier keinen Wert (ein übersprungener Schritt liefert keinen)</translation>
    </message>
    <message>
        <source>'%1' in '%2' is not a layer size (a whole number from 1 to 65536)</source>
        <translation>'%1' in '%2' ist keine Schichtgröße (eine ganze Zahl von 1 bis 65536)</translation>
    </message>
    <message>
        <source>'%1' is a mapping of keys to values</source>
        <translation>'%1' ist eine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <source>'%1' is a value or a list of values</source>
        <translation>'%1' ist ein Wert oder eine Liste von Werten</translation>
    </message>
    <message>
        <source>'%1' is an image model: give a folder of images</source>
        <translation>'%1' ist ein Bildmodell: geben Sie einen Bildordner an</translation>
    </message>
    <message>
        <source>'%1' is not a boolean: use true or false</source>
        <translation>'%1' ist kein boolescher Wert: verwenden Sie true oder false</translation>
    </message>
    <message>
        <source>'%1' is not a condition: compare values (a &gt;= b) or name an output (steps.drift.drifted)</source>
        <translation>'%1' ist keine Bedingung: vergleichen Sie Werte (a &gt;= b) oder nennen Sie eine Ausgabe (steps.drift.drifted)</translation>
    </message>
    <message>
        <source>'%1' is not a cron schedule: five fields (minute hour day month weekday, such as "0 3 * * *" for 03:00 daily) or @hourly, @daily, @weekly, @monthly</source>
        <translation>'%1' ist kein cron-Zeitplan: fünf Felder (Minute Stunde Tag Monat Wochentag, etwa "0 3 * * *" für täglich 03:00) oder @hourly, @daily, @weekly, @monthly</translation>
    </message>
    <message>
        <source>'%1' is not a date: write 2026-12-01, 2026-12-01 14:30 or 2026-12-01 14:30:15 (local time)</source>
        <translation>'%1' ist kein Datum: schreiben Sie 2026-12-01, 2026-12-01 14:30 oder 2026-12-01 14:30:15 (Ortszeit)</translation>
    </message>
    <message>
        <source>'%1' is not a device: use auto, cpu, cuda or cuda:N</source>
        <translation>'%1' ist kein Gerät: verwenden Sie auto, cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <source>'%1' is not a dropout rate from 0 up to (not including) 1</source>
        <translation>'%1' ist keine Dropout-Rate von 0 bis (ausschließlich) 1</translation>
    </message>
    <message>
        <source>'%1' is not a duration such as 30s, 5m or 2h</source>
        <translation>'%1' ist keine Dauer wie 30s, 5m oder 2h</translation>
    </message>
    <message>
        <source>'%1' is not a duration such as 90s, 30m, 1h or 1d</source>
        <translation>'%1' ist keine Dauer wie 90s, 30m, 1h oder 1d</translation>
    </message>
    <message>
        <source>'%1' is not a field name (an empty part or an unclosed `)</source>
        <translation>'%1' ist kein Feldname (ein leerer Teil oder ein nicht geschlossenes `)</translation>
    </message>
    <message>
        <source>'%1' is not a file pattern such as *.csv</source>
        <translation>'%1' ist kein Dateimuster wie *.csv</translation>
    </message>
    <message>
        <source>'%1' is not a list of layer sizes such as "64,32"</source>
        <translation>'%1' ist keine Liste von Schichtgrößen wie "64,32"</translation>
    </message>
    <message>
        <source>'%1' is not a metric Crucible scores; use accuracy, f1_macro (classification) or mse, mae, r2 (regression)</source>
        <translation>'%1' ist keine Metrik, die Crucible bewertet; verwenden Sie accuracy, f1_macro (Klassifikation) oder mse, mae, r2 (Regression)</translation>
    </message>
    <message>
        <source>'%1' is not a metric an evaluation gives; it gives %2</source>
        <translation>'%1' ist keine Metrik, die eine Evaluierung liefert; sie liefert %2</translation>
    </message>
    <message>
        <source>'%1' is not a model kind (%2)</source>
        <translation>'%1' ist keine Modellart (%2)</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1' ist keine Zahl</translation>
    </message>
    <message>
        <source>'%1' is not a number from %2 to %3</source>
        <translation>'%1' ist keine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>'%1' is not a number, so nothing can be added to it</source>
        <translation>'%1' ist keine Zahl, daher kann nichts dazu addiert werden</translation>
    </message>
    <message>
        <source>'%1' is not a parameter; declare it under params</source>
        <translation>'%1' ist kein Parameter; deklarieren Sie ihn unter params</translation>
    </message>
    <message>
        <source>'%1' is not a pipeline name: 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit</source>
        <translation>'%1' ist kein Pipeline-Name: 1 bis 64 Buchstaben, Ziffern, '-', '_' oder '.', beginnend mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>'%1' is not a step id: a letter, then letters, digits, '-' or '_'</source>
        <translation>'%1' ist keine Schritt-ID: ein Buchstabe, dann Buchstaben, Ziffern, '-' oder '_'</translation>
    </message>
    <message>
        <source>'%1' is not a valid pattern</source>
        <translation>'%1' ist kein gültiges Muster</translation>
    </message>
    <message>
        <source>'%1' is not a validation metric: use val_loss, val_accuracy, val_mse, val_mae or val_r2</source>
        <translation>'%1' ist keine Validierungsmetrik: verwenden Sie val_loss, val_accuracy, val_mse, val_mae oder val_r2</translation>
    </message>
    <message>
        <source>'%1' is not a whole number from %2 to %3</source>
        <translation>'%1' ist keine ganze Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>'%1' is not a whole number from 1 to %2</source>
        <translation>'%1' ist keine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>'%1' is not allowed: use %2</source>
        <translation>'%1' ist nicht zulässig: verwenden Sie %2</translation>
    </message>
    <message>
        <source>'%1' is not an activation (%2)</source>
        <translation>'%1' ist keine Aktivierungsfunktion (%2)</translation>
    </message>
    <message>
        <source>'%1' is not key=value (for example lr=3e-4)</source>
        <translation>'%1' hat nicht die Form key=value (zum Beispiel lr=3e-4)</translation>
    </message>
    <message>
        <source>'%1' is not three fractions: write train,validation,test, for example 0.8,0.1,0.1</source>
        <translation>'%1' sind nicht drei Anteile: schreiben Sie train,validation,test, zum Beispiel 0.8,0.1,0.1</translation>
    </message>
    <message>
        <source>'%1' is not true or false</source>
        <translation>'%1' ist weder true noch false</translation>
    </message>
    <message>
        <source>'%1' is one value</source>
        <translation>'%1' ist ein einzelner Wert</translation>
    </message>
    <message>
        <source>'%1' is too short for a pipeline run id (at least 4 characters)</source>
        <translation>'%1' ist zu kurz für eine Pipeline-Lauf-ID (mindestens 4 Zeichen)</translation>
    </message>
    <message>
        <source>'%1' is unknown; a trigger has %2</source>
        <translation>'%1' ist unbekannt; ein Trigger hat %2</translation>
    </message>
    <message>
        <source>'%1' is unknown; references start with params., steps., trigger. or pipeline.</source>
        <translation>'%1' ist unbekannt; Verweise beginnen mit params., steps., trigger. oder pipeline.</translation>
    </message>
    <message>
        <source>'%1' is unknown; the pipeline has %2</source>
        <translation>'%1' ist unbekannt; die Pipeline hat %2</translation>
    </message>
    <message>
        <source>'%1' names more than one pipeline run; give more characters</source>
        <translation>'%1' bezeichnet mehr als einen Pipeline-Lauf; geben Sie mehr Zeichen an</translation>
    </message>
    <message>
        <source>'%1' names no channels: write for example cnn:32,64</source>
        <translation>'%1' nennt keine Kanäle: schreiben Sie zum Beispiel cnn:32,64</translation>
    </message>
    <message>
        <source>'%1' names no earlier step (write steps.ID.OUTPUT)</source>
        <translation>'%1' nennt keinen früheren Schritt (schreiben Sie steps.ID.OUTPUT)</translation>
    </message>
    <message>
        <source>'%1' needs a quoted string</source>
        <translation>'%1' braucht eine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>'%1' needs one of %2</source>
        <translation>'%1' braucht eines von %2</translation>
    </message>
    <message>
        <source>'%1' never comes (no such date within five years)</source>
        <translation>'%1' tritt nie ein (kein solches Datum innerhalb von fünf Jahren)</translation>
    </message>
    <message>
        <source>'%1' starts the ids of several sweeps; give more of it</source>
        <translation>Mit '%1' beginnen die IDs mehrerer Sweeps; geben Sie mehr davon an</translation>
    </message>
    <message>
        <source>'%1' takes a mapping with %2</source>
        <translation>'%1' erwartet eine Zuordnung mit %2</translation>
    </message>
    <message>
        <source>'%1' takes images of %2 channel(s); this dataset version is not one</source>
        <translation>'%1' erwartet Bilder mit %2 Kanal/Kanälen; diese Datensatzversion enthält keine solchen</translation>
    </message>
    <message>
        <source>'%1' takes whole numbers from 1 to 65536</source>
        <translation>'%1' erwartet ganze Zahlen von 1 bis 65536</translation>
    </message>
    <message>
        <source>'activation' must be one of %1, not '%2'</source>
        <translation>'activation' muss eines von %1 sein, nicht '%2'</translation>
    </message>
    <message>
        <source>'blocks' must be from 1 to 16</source>
        <translation>'blocks' muss zwischen 1 und 16 liegen</translation>
    </message>
    <message>
        <source>'dropout' must be at least 0 and below 1</source>
        <translation>'dropout' muss mindestens 0 und kleiner als 1 sein</translation>
    </message>
    <message>
        <source>'kind' must be one of auto, mlp, cnn, resnet, linear</source>
        <translation>'kind' muss eines von auto, mlp, cnn, resnet, linear sein</translation>
    </message>
    <message>
        <source>1,000 points around four Gaussian centres (synthetic)</source>
        <translation>1.000 Punkte um vier Gauß-Zentren (synthetisch)</translation>
    </message>
    <message>
        <source>1,000 points in two interleaved half circles (synthetic)</source>
        <translation>1.000 Punkte in zwei ineinandergreifenden Halbkreisen (synthetisch)</translation>
    </message>
    <message>
        <source>1,000 rows, 5 features, a nonlinear target with noise (synthetic)</source>
        <translation>1.000 Zeilen, 5 Merkmale, ein nichtlineares Ziel mit Rauschen (synthetisch)</translation>
    </message>
    <message>
        <source>1,500 points on three intertwined spiral arms (synthetic)</source>
        <translation>1.500 Punkte auf drei ineinander verschlungenen Spiralarmen (synthetisch)</translation>
    </message>
    <message>
        <source>150 iris flowers, 4 measurements, 3 species (UCI, CC BY 4.0)</source>
        <translation>150 Iris-Blüten, 4 Messwerte, 3 Arten (UCI, CC BY 4.0)</translation>
    </message>
    <message>
        <source>178 Italian wines, 13 chemical measurements, 3 cultivars (UCI, CC BY 4.0)</source>
        <translation>178 italienische Weine, 13 chemische Messwerte, 3 Rebsorten (UCI, CC BY 4.0)</translation>
    </message>
    <message>
        <source>569 biopsies, 30 cell-nucleus features, malignant or benign (UCI, CC BY 4.0)</source>
        <translation>569 Biopsien, 30 Zellkern-Merkmale, bösartig oder gutartig (UCI, CC BY 4.0)</translation>
    </message>
    <message>
        <source>70,000 28x28 grayscale images of clothing in 10 classes (Zalando, MIT)</source>
        <translation>70.000 Graustufenbilder von Kleidung mit 28x28 Pixeln in 10 Klassen (Zalando, MIT)</translation>
    </message>
    <message>
        <source>A file ended inside a record; its last record was left out.</source>
        <translation>Eine Datei endete innerhalb eines Eintrags; ihr letzter Eintrag wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Breast Cancer Wisconsin</source>
        <translation>Breast Cancer Wisconsin</translation>
    </message>
    <message>
        <source>Drift report: %1</source>
        <translation>Drift-Bericht: %1</translation>
    </message>
    <message>
        <source>Fashion-MNIST is not installed: install the Debian package dataset-fashion-mnist</source>
        <translation>Fashion-MNIST ist nicht installiert: installieren Sie das Debian-Paket dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation>Gauß-Cluster</translation>
    </message>
    <message>
        <source>Imported from TensorBoard event files in %1 (%2 file(s), %3 scalar point(s)).</source>
        <translation>Aus TensorBoard-Ereignisdateien in %1 importiert (%2 Datei(en), %3 Skalarpunkt(e)).</translation>
    </message>
    <message>
        <source>MLflow recorded the run as %1 when it was imported</source>
        <translation>MLflow hat den Lauf beim Import als %1 verzeichnet</translation>
    </message>
    <message>
        <source>No drift: 0 of %1 features drifted</source>
        <translation>Keine Drift: 0 von %1 Merkmalen gedriftet</translation>
    </message>
    <message>
        <source>No drift: 0 of %1 features drifted, %2 with a warning; %3</source>
        <translation>Keine Drift: 0 von %1 Merkmalen gedriftet, %2 mit Warnung; %3</translation>
    </message>
    <message>
        <source>No features to compare</source>
        <translation>Keine Merkmale zum Vergleichen</translation>
    </message>
    <message>
        <source>Noisy regression</source>
        <translation>Verrauschte Regression</translation>
    </message>
    <message>
        <source>PDF needs the GUI libraries' fonts; write .html instead</source>
        <translation>PDF braucht die Schriften der GUI-Bibliotheken; schreiben Sie stattdessen .html</translation>
    </message>
    <message>
        <source>POST %1: HTTP %2</source>
        <translation>POST %1: HTTP %2</translation>
    </message>
    <message>
        <source>Reading images</source>
        <translation>Bilder lesen</translation>
    </message>
    <message>
        <source>TorchScript cannot load it: %1</source>
        <translation>TorchScript kann es nicht laden: %1</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <source>"%1" has no alias "%2"</source>
        <translation>"%1" hat keinen Alias "%2"</translation>
    </message>
    <message>
        <source>"%1" has no version %2; %3</source>
        <translation>"%1" hat keine Version %2; %3</translation>
    </message>
    <message>
        <source>"%1" has no version whose hash starts with %2</source>
        <translation>"%1" hat keine Version, deren Hash mit %2 beginnt</translation>
    </message>
    <message>
        <source>a %1 needs an image dataset; use mlp or linear for a table</source>
        <translation>ein %1 braucht einen Bilddatensatz; verwenden Sie mlp oder linear für eine Tabelle</translation>
    </message>
    <message>
        <source>a %1 needs at least one %2</source>
        <translation>ein %1 braucht mindestens einen %2</translation>
    </message>
    <message>
        <source>a %1 run cannot become %2 (only a %3 one can)</source>
        <translation>ein Lauf im Status %1 kann nicht %2 werden (nur einer im Status %3)</translation>
    </message>
    <message>
        <source>a %1 step has no output '%2'; it has %3</source>
        <translation>ein %1-Schritt hat keine Ausgabe '%2'; er hat %3</translation>
    </message>
    <message>
        <source>a '${' without its '}'</source>
        <translation>ein '${' ohne sein '}'</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a broken UTF-16 surrogate</source>
        <translation>ein defektes UTF-16-Surrogat</translation>
    </message>
    <message>
        <source>a bzip2 file</source>
        <translation>eine bzip2-Datei</translation>
    </message>
    <message>
        <source>a choice needs 1 to %1 values</source>
        <translation>eine Auswahl braucht 1 bis %1 Werte</translation>
    </message>
    <message>
        <source>a chunk of metric '%1' is damaged</source>
        <translation>ein Block der Metrik '%1' ist beschädigt</translation>
    </message>
    <message>
        <source>a compress (.Z) file</source>
        <translation>eine compress-Datei (.Z)</translation>
    </message>
    <message>
        <source>a condition is text such as "challenger.accuracy &gt;= 0.9"</source>
        <translation>eine Bedingung ist Text wie "challenger.accuracy &gt;= 0.9"</translation>
    </message>
    <message>
        <source>a condition must name a choice parameter ('%1' is a range)</source>
        <translation>eine Bedingung muss einen Auswahlparameter nennen ('%1' ist ein Bereich)</translation>
    </message>
    <message>
        <source>a dataset name</source>
        <translation>ein Datensatzname</translation>
    </message>
    <message>
        <source>a dataset name must not contain '@' (it separates a name from its version)</source>
        <translation>ein Datensatzname darf kein '@' enthalten (es trennt einen Namen von seiner Version)</translation>
    </message>
    <message>
        <source>a decimal comma needs another delimiter than the comma (; or tab)</source>
        <translation>ein Dezimalkomma braucht ein anderes Trennzeichen als das Komma (; oder Tabulator)</translation>
    </message>
    <message>
        <source>a deleted experiment cannot be renamed; restore it first</source>
        <translation>ein gelöschtes Experiment kann nicht umbenannt werden; stellen Sie es zuerst wieder her</translation>
    </message>
    <message>
        <source>a deleted experiment has this name; restore it or choose another name</source>
        <translation>ein gelöschtes Experiment hat diesen Namen; stellen Sie es wieder her oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>a drift policy is a JSON object</source>
        <translation>eine Drift-Richtlinie ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>a drift policy of more than 1 MB is not one</source>
        <translation>eine Drift-Richtlinie mit mehr als 1 MB ist keine</translation>
    </message>
    <message>
        <source>a drift trigger names the served model: model: NAME@ALIAS</source>
        <translation>ein Drift-Trigger nennt das bereitgestellte Modell: model: NAME@ALIAS</translation>
    </message>
    <message>
        <source>a gate's condition compares, such as "challenger.accuracy &gt;= 0.9" or "challenger.mse &lt; champion.mse"</source>
        <translation>die Bedingung einer Prüfung ist ein Vergleich, etwa "challenger.accuracy &gt;= 0.9" oder "challenger.mse &lt; champion.mse"</translation>
    </message>
    <message>
        <source>a label that becomes a folder</source>
        <translation>ein Label, das zu einem Ordner wird</translation>
    </message>
    <message>
        <source>a log scale needs a positive low end (got %1)</source>
        <translation>eine logarithmische Skala braucht ein positives unteres Ende (erhalten: %1)</translation>
    </message>
    <message>
        <source>a metric key</source>
        <translation>ein Metrikschlüssel</translation>
    </message>
    <message>
        <source>a metric name such as val_loss or val_accuracy (letters, digits, _ and .)</source>
        <translation>ein Metrikname wie val_loss oder val_accuracy (Buchstaben, Ziffern, _ und .)</translation>
    </message>
    <message>
        <source>a model bundle</source>
        <translation>ein Modellpaket</translation>
    </message>
    <message>
        <source>a model name</source>
        <translation>ein Modellname</translation>
    </message>
    <message>
        <source>a notification URL starts with http://</source>
        <translation>eine Benachrichtigungs-URL beginnt mit http://</translation>
    </message>
    <message>
        <source>a param name</source>
        <translation>ein Parametername</translation>
    </message>
    <message>
        <source>a parameter is a list of choices or {choice|int|float: ...}</source>
        <translation>ein Parameter ist eine Liste von Auswahlwerten oder {choice|int|float: ...}</translation>
    </message>
    <message>
        <source>a parameter name is letters, digits and '_'</source>
        <translation>ein Parametername besteht aus Buchstaben, Ziffern und '_'</translation>
    </message>
    <message>
        <source>a parameter's value is one number or text</source>
        <translation>der Wert eines Parameters ist eine Zahl oder ein Text</translation>
    </message>
    <message>
        <source>a pipeline file is a mapping with name, steps and optional params and triggers</source>
        <translation>eine Pipeline-Datei ist eine Zuordnung mit name, steps und optional params und triggers</translation>
    </message>
    <message>
        <source>a pipeline needs a list of steps ('- id: train' ...)</source>
        <translation>eine Pipeline braucht eine Liste von Schritten ('- id: train' ...)</translation>
    </message>
    <message>
        <source>a pipeline needs a name (letters, digits, '-', '_' and '.')</source>
        <translation>eine Pipeline braucht einen Namen (Buchstaben, Ziffern, '-', '_' und '.')</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a %1 is missing)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (es fehlt ein %1)</translation>
    </message>
    <message>
        <source>a recipe value is written as on the command line: %1: VALUE</source>
        <translation>ein Rezeptwert wird wie auf der Kommandozeile geschrieben: %1: WERT</translation>
    </message>
    <message>
        <source>a report is written as .html or .pdf</source>
        <translation>ein Bericht wird als .html oder .pdf geschrieben</translation>
    </message>
    <message>
        <source>a run cannot be its own parent</source>
        <translation>ein Lauf kann nicht sein eigener Elternlauf sein</translation>
    </message>
    <message>
        <source>a run id is 16 lowercase hex digits</source>
        <translation>eine Lauf-ID besteht aus 16 Hexadezimalziffern in Kleinschreibung</translation>
    </message>
    <message>
        <source>a run name</source>
        <translation>ein Laufname</translation>
    </message>
    <message>
        <source>a run package</source>
        <translation>ein Laufpaket</translation>
    </message>
    <message>
        <source>a run with this id is in the workspace already</source>
        <translation>ein Lauf mit dieser ID ist bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <source>a side of the comparison is empty</source>
        <translation>eine Seite des Vergleichs ist leer</translation>
    </message>
    <message>
        <source>a step has one kind; this one is already '%1'</source>
        <translation>ein Schritt hat genau eine Art; dieser ist bereits '%1'</translation>
    </message>
    <message>
        <source>a step is a mapping: id, one kind (%1) and optional if, retries, backoff, timeout, cache</source>
        <translation>ein Schritt ist eine Zuordnung: id, eine Art (%1) und optional if, retries, backoff, timeout, cache</translation>
    </message>
    <message>
        <source>a step needs an id (letters, digits, '-', '_')</source>
        <translation>ein Schritt braucht eine ID (Buchstaben, Ziffern, '-', '_')</translation>
    </message>
    <message>
        <source>a sweep file is a mapping (name:, space:, ...)</source>
        <translation>eine Sweep-Datei ist eine Zuordnung (name:, space:, ...)</translation>
    </message>
    <message>
        <source>a sweep name</source>
        <translation>ein Sweep-Name</translation>
    </message>
    <message>
        <source>a sweep named '%1' exists (%2); give the new one another name, or run that one with: crucible-cli sweep run %1</source>
        <translation>ein Sweep namens '%1' existiert bereits (%2); geben Sie dem neuen einen anderen Namen, oder starten Sie den vorhandenen mit: crucible-cli sweep run %1</translation>
    </message>
    <message>
        <source>a sweep named '%1' exists; give the new one another name, or run that one with: crucible-cli sweep run %1</source>
        <translation>ein Sweep namens '%1' existiert bereits; geben Sie dem neuen einen anderen Namen, oder starten Sie den vorhandenen mit: crucible-cli sweep run %1</translation>
    </message>
    <message>
        <source>a sweep needs a dataset (NAME or NAME@HASH)</source>
        <translation>ein Sweep braucht einen Datensatz (NAME oder NAME@HASH)</translation>
    </message>
    <message>
        <source>a sweep needs a search space (space: {lr: ...})</source>
        <translation>ein Sweep braucht einen Suchraum (space: {lr: ...})</translation>
    </message>
    <message>
        <source>a tabular dataset is exported as CSV, not as a folder</source>
        <translation>ein tabellarischer Datensatz wird als CSV exportiert, nicht als Ordner</translation>
    </message>
    <message>
        <source>a timeout is more than 0 (leave it out for no limit)</source>
        <translation>ein Timeout ist größer als 0 (lassen Sie ihn weg, um keine Begrenzung zu setzen)</translation>
    </message>
    <message>
        <source>a whole number from 0 to 2^53</source>
        <translation>eine ganze Zahl von 0 bis 2^53</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein zip-Archiv</translation>
    </message>
    <message>
        <source>adding the model</source>
        <translation>Hinzufügen des Modells</translation>
    </message>
    <message>
        <source>all %1 condition(s) hold</source>
        <translation>alle %1 Bedingung(en) gelten</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>ein Alias</translation>
    </message>
    <message>
        <source>an artifact path must be relative to the run's folder and stay inside it</source>
        <translation>ein Artefaktpfad muss relativ zum Ordner des Laufs sein und darin bleiben</translation>
    </message>
    <message>
        <source>an entry has an empty name</source>
        <translation>ein Eintrag hat einen leeren Namen</translation>
    </message>
    <message>
        <source>an experiment name</source>
        <translation>ein Experimentname</translation>
    </message>
    <message>
        <source>an experiment with this name already exists</source>
        <translation>ein Experiment mit diesem Namen existiert bereits</translation>
    </message>
    <message>
        <source>an image dataset is exported as a folder of images, not CSV</source>
        <translation>ein Bilddatensatz wird als Bildordner exportiert, nicht als CSV</translation>
    </message>
    <message>
        <source>an image dataset is written as a folder of PNG files, not to standard output: name a folder</source>
        <translation>ein Bilddatensatz wird als Ordner mit PNG-Dateien geschrieben, nicht auf die Standardausgabe: nennen Sie einen Ordner</translation>
    </message>
    <message>
        <source>an lz4 file</source>
        <translation>eine lz4-Datei</translation>
    </message>
    <message>
        <source>an xz file</source>
        <translation>eine xz-Datei</translation>
    </message>
    <message>
        <source>another run with the id %1 is in this workspace (a different recipe or dataset); the package is left unpacked</source>
        <translation>ein anderer Lauf mit der ID %1 ist in diesem Arbeitsbereich (ein anderes Rezept oder ein anderer Datensatz); das Paket bleibt unentpackt</translation>
    </message>
    <message>
        <source>another step (line %1) has this id</source>
        <translation>ein anderer Schritt (Zeile %1) hat diese ID</translation>
    </message>
    <message>
        <source>appears more than once</source>
        <translation>kommt mehr als einmal vor</translation>
    </message>
    <message>
        <source>appended to %1</source>
        <translation>an %1 angehängt</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>wie geschrieben</translation>
    </message>
    <message>
        <source>asking a sweep to stop</source>
        <translation>Auffordern eines Sweeps zum Anhalten</translation>
    </message>
    <message>
        <source>at most %1 parameters</source>
        <translation>höchstens %1 Parameter</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>auto (preset for the dataset)</source>
        <translation>auto (Voreinstellung für den Datensatz)</translation>
    </message>
    <message>
        <source>bad header length</source>
        <translation>ungültige Header-Länge</translation>
    </message>
    <message>
        <source>be a device name of Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)</source>
        <translation>ein Windows-Gerätename sein (CON, PRN, AUX, NUL, COM1-9, LPT1-9)</translation>
    </message>
    <message>
        <source>be a plain number (NAME@3 means version 3)</source>
        <translation>eine reine Zahl sein (NAME@3 bedeutet Version 3)</translation>
    </message>
    <message>
        <source>be empty</source>
        <translation>leer sein</translation>
    </message>
    <message>
        <source>be longer than %1 characters (it has %2)</source>
        <translation>länger als %1 Zeichen sein (er hat %2)</translation>
    </message>
    <message>
        <source>best trial #%1: %2 = %3 (%4 trials)</source>
        <translation>bester Versuch #%1: %2 = %3 (%4 Versuche)</translation>
    </message>
    <message>
        <source>budget of %1 trials spent</source>
        <translation>Budget von %1 Versuchen ausgeschöpft</translation>
    </message>
    <message>
        <source>budget.minutes must be a positive number of minutes</source>
        <translation>budget.minutes muss eine positive Anzahl Minuten sein</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 (byte %1 of field %2); save the file as UTF-8</source>
        <translation>Bytes, die kein UTF-8 sind (Byte %1 von Feld %2); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>cache is true or false</source>
        <translation>cache ist true oder false</translation>
    </message>
    <message>
        <source>cannot add the entry %1 (zip error %2)</source>
        <translation>der Eintrag %1 kann nicht hinzugefügt werden (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot append: %1</source>
        <translation>Anhängen nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot be found in the zip</source>
        <translation>ist im Zip-Archiv nicht zu finden</translation>
    </message>
    <message>
        <source>cannot be given to a model that takes %1 channels (1 or 3 are read)</source>
        <translation>kann nicht an ein Modell übergeben werden, das %1 Kanäle erwartet (gelesen werden 1 oder 3)</translation>
    </message>
    <message>
        <source>cannot be opened (zip error %1)</source>
        <translation>kann nicht geöffnet werden (Zip-Fehler %1)</translation>
    </message>
    <message>
        <source>cannot be read again (zip error %1)</source>
        <translation>kann nicht erneut gelesen werden (Zip-Fehler %1)</translation>
    </message>
    <message>
        <source>cannot be read again; was the %1 changed or removed?</source>
        <translation>kann nicht erneut gelesen werden; wurde das %1 geändert oder entfernt?</translation>
    </message>
    <message>
        <source>cannot be read as an image</source>
        <translation>kann nicht als Bild gelesen werden</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>cannot copy the artifact</source>
        <translation>das Artefakt kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>cannot copy the bundle; is the disk full?</source>
        <translation>das Paket kann nicht kopiert werden; ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>cannot create a temporary file: %1</source>
        <translation>eine temporäre Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot create the %1 (zip error %2)</source>
        <translation>das %1 kann nicht erstellt werden (Zip-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the registry folder</source>
        <translation>der Registry-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the version folder</source>
        <translation>der Versionsordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create this folder (check permissions and free space)</source>
        <translation>dieser Ordner kann nicht angelegt werden (prüfen Sie Berechtigungen und freien Speicherplatz)</translation>
    </message>
    <message>
        <source>cannot decode this image: %1</source>
        <translation>dieses Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <source>cannot find the matching IDX file (images-idx3 with labels-idx1) next to it</source>
        <translation>die passende IDX-Datei (images-idx3 zu labels-idx1) ist daneben nicht zu finden</translation>
    </message>
    <message>
        <source>cannot finish the %1 (zip error %2); is the disk full?</source>
        <translation>das %1 kann nicht abgeschlossen werden (Zip-Fehler %2); ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>cannot load Crucible's LibTorch module %1: %2</source>
        <translation>das LibTorch-Modul %1 von Crucible kann nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the file's plain copy in %1 (TMPDIR): %2</source>
        <translation>in %1 (TMPDIR) kann kein temporärer Ordner für die aufbereitete Kopie der Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make a temporary folder: %1</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot open it as SQLite: %1</source>
        <translation>kann nicht als SQLite geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot open the file</source>
        <translation>die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read '%1': write a number, a name such as challenger.accuracy, or quoted text</source>
        <translation>'%1' ist nicht lesbar: schreiben Sie eine Zahl, einen Namen wie challenger.accuracy oder Text in Anführungszeichen</translation>
    </message>
    <message>
        <source>cannot read its %1: %2</source>
        <translation>die Tabelle %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read its metrics: %1</source>
        <translation>die Metriken können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read its runs: %1</source>
        <translation>die Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the bundle: %1</source>
        <translation>das Paket kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the dataset's stored copy: %1</source>
        <translation>die gespeicherte Kopie des Datensatzes kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the drift policy: %1</source>
        <translation>die Drift-Richtlinie kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the event file: %1</source>
        <translation>die Ereignisdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the run's %1: %2</source>
        <translation>%1 des Laufs kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read this image: %1</source>
        <translation>dieses Bild kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot remove the file</source>
        <translation>die Datei kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>cannot start /bin/sh: %1</source>
        <translation>/bin/sh kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>cannot start zlib</source>
        <translation>zlib kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot start zstd</source>
        <translation>zstd kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot tell what this is: give a CSV/TSV file, a folder of class subfolders with images, or IDX files</source>
        <translation>nicht erkennbar, worum es sich handelt: geben Sie eine CSV/TSV-Datei, einen Ordner mit einem Bild-Unterordner pro Klasse oder IDX-Dateien an</translation>
    </message>
    <message>
        <source>cannot write a plain copy: %1</source>
        <translation>die aufbereitete Kopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the dataset out of the package: %1</source>
        <translation>der Datensatz kann nicht aus dem Paket geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the dataset: %1</source>
        <translation>der Datensatz kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write the entry %1 (zip error %2); is the disk full?</source>
        <translation>der Eintrag %1 kann nicht geschrieben werden (Zip-Fehler %2); ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>cannot write the image</source>
        <translation>das Bild kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot write: %1; is the disk full?</source>
        <translation>Schreiben nicht möglich: %1; ist die Festplatte voll?</translation>
    </message>
    <message>
        <source>changing the run's status</source>
        <translation>Ändern des Laufstatus</translation>
    </message>
    <message>
        <source>choice takes a list of values</source>
        <translation>choice erwartet eine Liste von Werten</translation>
    </message>
    <message>
        <source>choices are numbers, words or true/false</source>
        <translation>Auswahlwerte sind Zahlen, Wörter oder true/false</translation>
    </message>
    <message>
        <source>choose a folder that does not exist yet, or an empty one</source>
        <translation>wählen Sie einen Ordner, der noch nicht existiert, oder einen leeren</translation>
    </message>
    <message>
        <source>column %1 holds numbers with a decimal comma (from line %2) and with a decimal point (%3 on line %4); write them all one way, or choose the decimal mark (--decimal, or in the import preview)</source>
        <translation>Spalte %1 enthält Zahlen mit Dezimalkomma (ab Zeile %2) und mit Dezimalpunkt (%3 in Zeile %4); schreiben Sie alle auf dieselbe Weise, oder wählen Sie das Dezimaltrennzeichen (--decimal, oder in der Importvorschau)</translation>
    </message>
    <message>
        <source>column %1 is truncated</source>
        <translation>Spalte %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>column %1 names a category it does not have</source>
        <translation>Spalte %1 nennt eine Kategorie, die sie nicht hat</translation>
    </message>
    <message>
        <source>column '%1' holds dates or times (such as %2); the model takes numbers in this column</source>
        <translation>Spalte '%1' enthält Datums- oder Zeitangaben (etwa %2); das Modell erwartet in dieser Spalte Zahlen</translation>
    </message>
    <message>
        <source>column '%1' holds dates or times; a model predicts classes or numbers: choose another target (dates serve as features)</source>
        <translation>Spalte '%1' enthält Datums- oder Zeitangaben; ein Modell sagt Klassen oder Zahlen vorher: wählen Sie ein anderes Ziel (Datumsangaben dienen als Merkmale)</translation>
    </message>
    <message>
        <source>column '%1' is not dates in one form such as %2 ("%3" among its values); the model takes dates in this column</source>
        <translation>Spalte '%1' enthält keine Datumsangaben in einer einheitlichen Form wie %2 ("%3" unter ihren Werten); das Modell erwartet in dieser Spalte Datumsangaben</translation>
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a category the model knows (it knows %4)</source>
        <translation>Spalte '%1', Datenzeile %2: '%3' ist keine Kategorie, die das Modell kennt (es kennt %4)</translation>
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a date; the model takes dates in this column (as %4)</source>
        <translation>Spalte '%1', Datenzeile %2: '%3' ist kein Datum; das Modell erwartet in dieser Spalte Datumsangaben (als %4)</translation>
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a number, but the model's training data had numbers there</source>
        <translation>Spalte '%1', Datenzeile %2: '%3' ist keine Zahl, aber die Trainingsdaten des Modells hatten dort Zahlen</translation>
    </message>
    <message>
        <source>column '%1', data row %2: '%3' is not a number; the model takes numbers in this column</source>
        <translation>Spalte '%1', Datenzeile %2: '%3' ist keine Zahl; das Modell erwartet in dieser Spalte Zahlen</translation>
    </message>
    <message>
        <source>column '%1': %2; write them year first (%3)</source>
        <translation>Spalte '%1': %2; schreiben Sie sie mit dem Jahr zuerst (%3)</translation>
    </message>
    <message>
        <source>column "%1" holds numbers but for %2 value(s) such as "%3" in row %4; correct them, read them as missing (data import --not-numbers missing) or keep the column as text (--not-numbers text)</source>
        <translation>Spalte "%1" enthält Zahlen, bis auf %2 Wert(e) wie "%3" in Zeile %4; korrigieren Sie sie, lesen Sie sie als fehlend (data import --not-numbers missing) oder behalten Sie die Spalte als Text (--not-numbers text)</translation>
    </message>
    <message>
        <source>column "%1": %2 is beyond what a 32-bit float holds (about ±3.4e38) or infinite; correct it, or read such values as missing (data import --out-of-range missing)</source>
        <translation>Spalte "%1": %2 liegt außerhalb dessen, was ein 32-Bit-Float fassen kann (etwa ±3.4e38), oder ist unendlich; korrigieren Sie den Wert, oder lesen Sie solche Werte als fehlend (data import --out-of-range missing)</translation>
    </message>
    <message>
        <source>committing metrics</source>
        <translation>Festschreiben der Metriken</translation>
    </message>
    <message>
        <source>configuring the registry database</source>
        <translation>Konfigurieren der Registry-Datenbank</translation>
    </message>
    <message>
        <source>contain '@' (it separates a name from its version or alias)</source>
        <translation>'@' enthalten (es trennt einen Namen von seiner Version oder seinem Alias)</translation>
    </message>
    <message>
        <source>contain control or format characters (%1)</source>
        <translation>Steuer- oder Formatzeichen enthalten (%1)</translation>
    </message>
    <message>
        <source>conv block</source>
        <translation>Faltungsblock</translation>
    </message>
    <message>
        <source>could not draw a unique run id</source>
        <translation>es ließ sich keine eindeutige Lauf-ID erzeugen</translation>
    </message>
    <message>
        <source>creating the experiment</source>
        <translation>Anlegen des Experiments</translation>
    </message>
    <message>
        <source>creating the registry tables</source>
        <translation>Anlegen der Registry-Tabellen</translation>
    </message>
    <message>
        <source>creating the run</source>
        <translation>Anlegen des Laufs</translation>
    </message>
    <message>
        <source>data row %1: id '%2' has two different labels ('%3' and '%4')</source>
        <translation>Datenzeile %1: ID '%2' hat zwei verschiedene Labels ('%3' und '%4')</translation>
    </message>
    <message>
        <source>dataset format %1 is newer than this Crucible knows</source>
        <translation>Datensatzformat %1 ist neuer, als diese Crucible-Version kennt</translation>
    </message>
    <message>
        <source>dataset versions: target, task, profile, stored size</source>
        <translation>Datensatzversionen: Ziel, Aufgabe, Profil, gespeicherte Größe</translation>
    </message>
    <message>
        <source>dates such as %1 could be day first or month first; choose which to read them as dates</source>
        <translation>Datumsangaben wie %1 könnten mit dem Tag oder mit dem Monat beginnen; wählen Sie, wie sie als Datum gelesen werden sollen</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>declares %1 bytes, more than the %2 allowed</source>
        <translation>gibt %1 Bytes an, mehr als die erlaubten %2</translation>
    </message>
    <message>
        <source>deleting the dataset version</source>
        <translation>Löschen der Datensatzversion</translation>
    </message>
    <message>
        <source>deleting the experiment</source>
        <translation>Löschen des Experiments</translation>
    </message>
    <message>
        <source>deleting the version</source>
        <translation>Löschen der Version</translation>
    </message>
    <message>
        <source>device '%1' asked for, but CUDA is not usable here (this LibTorch is CPU-only or no GPU is visible); use --device cpu or auto</source>
        <translation>Gerät '%1' angefordert, aber CUDA ist hier nicht nutzbar (diese LibTorch-Version unterstützt nur die CPU, oder keine GPU ist sichtbar); verwenden Sie --device cpu oder auto</translation>
    </message>
    <message>
        <source>dimension %1 has an impossible size %2</source>
        <translation>Dimension %1 hat eine unmögliche Größe %2</translation>
    </message>
    <message>
        <source>does not hold</source>
        <translation>gilt nicht</translation>
    </message>
    <message>
        <source>does not match its checksum any more; was the %1 changed?</source>
        <translation>stimmt nicht mehr mit seiner Prüfsumme überein; wurde das %1 geändert?</translation>
    </message>
    <message>
        <source>does not match its checksum in %1</source>
        <translation>stimmt nicht mit seiner Prüfsumme in %1 überein</translation>
    </message>
    <message>
        <source>drawing a run id</source>
        <translation>Erzeugen einer Lauf-ID</translation>
    </message>
    <message>
        <source>drift compares with one of data, csv or log, not several</source>
        <translation>drift vergleicht mit genau einem von data, csv oder log, nicht mit mehreren</translation>
    </message>
    <message>
        <source>drift is a mapping: {model: NAME@ALIAS, window: 1000, every: 1h}</source>
        <translation>drift ist eine Zuordnung: {model: NAME@ALIAS, window: 1000, every: 1h}</translation>
    </message>
    <message>
        <source>each 'conv' block needs channels &gt; 0, kernel 1-15 and pool &gt;= 1</source>
        <translation>jeder 'conv'-Block braucht channels &gt; 0, kernel 1-15 und pool &gt;= 1</translation>
    </message>
    <message>
        <source>emptying the trash</source>
        <translation>Leeren des Papierkorbs</translation>
    </message>
    <message>
        <source>end in ".crucible"</source>
        <translation>auf ".crucible" enden</translation>
    </message>
    <message>
        <source>end with '.'</source>
        <translation>mit '.' enden</translation>
    </message>
    <message>
        <source>ending a sweep</source>
        <translation>Beenden eines Sweeps</translation>
    </message>
    <message>
        <source>entry "model.pt" does not match the bundle's signature: %1</source>
        <translation>Eintrag "model.pt" passt nicht zur Signatur des Pakets: %1</translation>
    </message>
    <message>
        <source>entry "model.pt": %1</source>
        <translation>Eintrag "model.pt": %1</translation>
    </message>
    <message>
        <source>epoch %1/%2  loss %3</source>
        <translation>Epoche %1/%2  Verlust %3</translation>
    </message>
    <message>
        <source>every grid point tried</source>
        <translation>alle Rasterpunkte ausprobiert</translation>
    </message>
    <message>
        <source>every trial failed; trial #%1: %2</source>
        <translation>alle Versuche sind fehlgeschlagen; Versuch #%1: %2</translation>
    </message>
    <message>
        <source>expected ')' to close the '(' at column %1, found %2</source>
        <translation>')' erwartet, um die '(' in Spalte %1 zu schließen, gefunden: %2</translation>
    </message>
    <message>
        <source>expected ',' or ')' in the list, found %1</source>
        <translation>',' oder ')' in der Liste erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected 'timestamp value step' (MLflow's metric line)</source>
        <translation>'timestamp value step' erwartet (die Metrikzeile von MLflow)</translation>
    </message>
    <message>
        <source>expected =, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, ilike, glob or contains after '%1', found %2</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;=, in, like, ilike, glob oder contains nach '%1' erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected a condition such as metrics.val_accuracy &gt; 0.9, found %1</source>
        <translation>eine Bedingung wie metrics.val_accuracy &gt; 0.9 erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a list after 'in', such as ("adam", "sgd"), found %1</source>
        <translation>eine Liste nach 'in' erwartet, etwa ("adam", "sgd"), gefunden: %1</translation>
    </message>
    <message>
        <source>expected a map of 'key: value' (MLflow's meta.yaml)</source>
        <translation>eine Zuordnung aus 'key: value' erwartet (meta.yaml von MLflow)</translation>
    </message>
    <message>
        <source>expected a number, a quoted string, true or false after '%1', found %2</source>
        <translation>eine Zahl, eine Zeichenkette in Anführungszeichen, true oder false nach '%1' erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>experiment tracking: params, tags, artifacts and metric series</source>
        <translation>Experiment-Tracking: Parameter, Tags, Artefakte und Metrikreihen</translation>
    </message>
    <message>
        <source>fail_on_drift is true or false</source>
        <translation>fail_on_drift ist true oder false</translation>
    </message>
    <message>
        <source>features must be an object: feature name -&gt; rule</source>
        <translation>features muss ein Objekt sein: Merkmalsname -&gt; Regel</translation>
    </message>
    <message>
        <source>features.%1 must be an object</source>
        <translation>features.%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>filing the run under its parent</source>
        <translation>Einordnen des Laufs unter seinem Elternlauf</translation>
    </message>
    <message>
        <source>filter, column %1</source>
        <translation>Filter, Spalte %1</translation>
    </message>
    <message>
        <source>forgetting an earlier import</source>
        <translation>Vergessen eines früheren Imports</translation>
    </message>
    <message>
        <source>forgetting artifact '%1'</source>
        <translation>Vergessen des Artefakts '%1'</translation>
    </message>
    <message>
        <source>format version %1 is newer than this Crucible reads (%2); update Crucible to open this bundle</source>
        <translation>Formatversion %1 ist neuer, als diese Crucible-Version lesen kann (%2); aktualisieren Sie Crucible, um dieses Paket zu öffnen</translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation>Formatversion 0</translation>
    </message>
    <message>
        <source>give a run id or the start of one</source>
        <translation>geben Sie eine Lauf-ID oder deren Anfang an</translation>
    </message>
    <message>
        <source>give exactly one of choice: [...], int: [LOW, HIGH], float: [LOW, HIGH]</source>
        <translation>geben Sie genau eines von choice: [...], int: [LOW, HIGH], float: [LOW, HIGH] an</translation>
    </message>
    <message>
        <source>grid takes a number of points from 2 to %1</source>
        <translation>grid erwartet eine Punktanzahl von 2 bis %1</translation>
    </message>
    <message>
        <source>grid, random or tpe, not '%1'</source>
        <translation>grid, random oder tpe, nicht '%1'</translation>
    </message>
    <message>
        <source>has a ".." component</source>
        <translation>hat einen ".."-Bestandteil</translation>
    </message>
    <message>
        <source>has a negative size or stride</source>
        <translation>hat eine negative Größe oder Schrittweite</translation>
    </message>
    <message>
        <source>has a negative storage offset</source>
        <translation>hat einen negativen Speicher-Offset</translation>
    </message>
    <message>
        <source>has no package format</source>
        <translation>hat kein Paketformat</translation>
    </message>
    <message>
        <source>has sizes and strides that overflow</source>
        <translation>hat Größen und Schrittweiten, die überlaufen</translation>
    </message>
    <message>
        <source>header on line %1</source>
        <translation>Kopfzeile in Zeile %1</translation>
    </message>
    <message>
        <source>holds %1 bytes but declares %2</source>
        <translation>enthält %1 Bytes, gibt aber %2 an</translation>
    </message>
    <message>
        <source>holds %1 labels but its image file holds %2 images</source>
        <translation>enthält %1 Labels, aber die zugehörige Bilddatei enthält %2 Bilder</translation>
    </message>
    <message>
        <source>holds a dataset whose content hash is %1, not the version %2 the run names; the package was changed</source>
        <translation>enthält einen Datensatz mit dem Inhalts-Hash %1, nicht die Version %2, die der Lauf nennt; das Paket wurde verändert</translation>
    </message>
    <message>
        <source>holds more than the %1 bytes it declares; the %2 is damaged or hostile</source>
        <translation>enthält mehr als die angegebenen %1 Bytes; das %2 ist beschädigt oder manipuliert</translation>
    </message>
    <message>
        <source>holds no MLflow runs (an mlruns folder has EXPERIMENT_ID/RUN_ID/meta.yaml)</source>
        <translation>enthält keine MLflow-Läufe (ein mlruns-Ordner enthält EXPERIMENT_ID/RUN_ID/meta.yaml)</translation>
    </message>
    <message>
        <source>holds no TensorBoard event files (events.out.tfevents.*), in it or below it</source>
        <translation>enthält keine TensorBoard-Ereignisdateien (events.out.tfevents.*), weder darin noch darunter</translation>
    </message>
    <message>
        <source>https is not spoken by notify; post through a shell step (curl -d @- URL) or a local relay on http</source>
        <translation>notify beherrscht kein https; senden Sie über einen shell-Schritt (curl -d @- URL) oder ein lokales Relay über http</translation>
    </message>
    <message>
        <source>if takes a condition such as steps.drift.drifted, or always or failure</source>
        <translation>if erwartet eine Bedingung wie steps.drift.drifted, oder always oder failure</translation>
    </message>
    <message>
        <source>image shape %1x%2x%3 is not possible</source>
        <translation>Bildform %1x%2x%3 ist nicht möglich</translation>
    </message>
    <message>
        <source>image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>images are %1x%2 but the other file's are %3x%4</source>
        <translation>die Bilder sind %1x%2, die der anderen Datei aber %3x%4</translation>
    </message>
    <message>
        <source>importing %1 as %2</source>
        <translation>Import von %1 als %2</translation>
    </message>
    <message>
        <source>inputs unchanged since an earlier run: outputs reused</source>
        <translation>Eingaben seit einem früheren Lauf unverändert: Ausgaben wiederverwendet</translation>
    </message>
    <message>
        <source>install the Debian package dataset-fashion-mnist</source>
        <translation>installieren Sie das Debian-Paket dataset-fashion-mnist</translation>
    </message>
    <message>
        <source>int takes whole numbers</source>
        <translation>int erwartet ganze Zahlen</translation>
    </message>
    <message>
        <source>interop: deleted experiments, key-value run tags, imported runs</source>
        <translation>Interop: gelöschte Experimente, Schlüssel-Wert-Tags von Läufen, importierte Läufe</translation>
    </message>
    <message>
        <source>is %1x%2 pixels; the model takes %3x%4 (resize it first)</source>
        <translation>hat %1x%2 Pixel; das Modell erwartet %3x%4 (skalieren Sie es zuerst)</translation>
    </message>
    <message>
        <source>is a Crucible workspace; choose another folder</source>
        <translation>ist ein Crucible-Arbeitsbereich; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>is a file; mlruns is a folder</source>
        <translation>ist eine Datei; mlruns ist ein Ordner</translation>
    </message>
    <message>
        <source>is a folder; name a pipeline file (.yaml)</source>
        <translation>ist ein Ordner; nennen Sie eine Pipeline-Datei (.yaml)</translation>
    </message>
    <message>
        <source>is a symbolic link</source>
        <translation>ist ein symbolischer Link</translation>
    </message>
    <message>
        <source>is an absolute path</source>
        <translation>ist ein absoluter Pfad</translation>
    </message>
    <message>
        <source>is damaged (zip error %1)</source>
        <translation>ist beschädigt (Zip-Fehler %1)</translation>
    </message>
    <message>
        <source>is encrypted</source>
        <translation>ist verschlüsselt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a JSON object</source>
        <translation>ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>is not a bundle entry</source>
        <translation>ist kein Eintrag des Pakets</translation>
    </message>
    <message>
        <source>is not listed in %1</source>
        <translation>ist nicht in %1 aufgeführt</translation>
    </message>
    <message>
        <source>is not part of %1 (expected only %2)</source>
        <translation>gehört nicht zu %1 (erwartet werden nur %2)</translation>
    </message>
    <message>
        <source>is of a layout Crucible does not load</source>
        <translation>hat ein Layout, das Crucible nicht lädt</translation>
    </message>
    <message>
        <source>is package format %1, written by a newer Crucible (%2); this one reads format %3: update Crucible to unpack it</source>
        <translation>hat Paketformat %1, geschrieben von einer neueren Crucible-Version (%2); diese liest Format %3: aktualisieren Sie Crucible, um es zu entpacken</translation>
    </message>
    <message>
        <source>it has no versions</source>
        <translation>es hat keine Versionen</translation>
    </message>
    <message>
        <source>its condition does not hold: %1</source>
        <translation>seine Bedingung gilt nicht: %1</translation>
    </message>
    <message>
        <source>its condition names '%1', which is not a parameter of the space</source>
        <translation>seine Bedingung nennt '%1', was kein Parameter des Suchraums ist</translation>
    </message>
    <message>
        <source>its condition on '%1' is part of a cycle of conditions</source>
        <translation>seine Bedingung auf '%1' ist Teil eines Zyklus von Bedingungen</translation>
    </message>
    <message>
        <source>its condition's value %1 is not one of %2's choices</source>
        <translation>der Wert %1 seiner Bedingung ist keiner der Auswahlwerte von %2</translation>
    </message>
    <message>
        <source>its dataset version (%1@%2) is not in this workspace any more, so a package could not rerun it</source>
        <translation>seine Datensatzversion (%1@%2) ist nicht mehr in diesem Arbeitsbereich, daher könnte ein Paket ihn nicht wiederholen</translation>
    </message>
    <message>
        <source>its process ended while it ran; continue it with: crucible-cli pipeline resume %1</source>
        <translation>sein Prozess endete während der Ausführung; setzen Sie ihn fort mit: crucible-cli pipeline resume %1</translation>
    </message>
    <message>
        <source>its process ended while it ran; continue it with: crucible-cli sweep resume %1</source>
        <translation>sein Prozess endete während der Ausführung; setzen Sie ihn fort mit: crucible-cli sweep resume %1</translation>
    </message>
    <message>
        <source>its process ended without finishing the run</source>
        <translation>sein Prozess endete, ohne den Lauf abzuschließen</translation>
    </message>
    <message>
        <source>its recorded recipe cannot be read: %1</source>
        <translation>sein aufgezeichnetes Rezept kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>its versions are </source>
        <translation>seine Versionen sind </translation>
    </message>
    <message>
        <source>kind is csv, images or idx</source>
        <translation>kind ist csv, images oder idx</translation>
    </message>
    <message>
        <source>label %1 is outside 0-9</source>
        <translation>Label %1 liegt außerhalb von 0-9</translation>
    </message>
    <message>
        <source>larger than any file MLflow writes here (%1 bytes)</source>
        <translation>größer als jede Datei, die MLflow hier schreibt (%1 Bytes)</translation>
    </message>
    <message>
        <source>line %1 is not in sha256sum format</source>
        <translation>Zeile %1 ist nicht im sha256sum-Format</translation>
    </message>
    <message>
        <source>line %1 lists "%2" a second time</source>
        <translation>Zeile %1 führt "%2" ein zweites Mal auf</translation>
    </message>
    <message>
        <source>line %1 lists "%2", which is not a %3 entry</source>
        <translation>Zeile %1 führt "%2" auf, das kein %3-Eintrag ist</translation>
    </message>
    <message>
        <source>listing aliases</source>
        <translation>Auflisten der Aliasse</translation>
    </message>
    <message>
        <source>listing datasets</source>
        <translation>Auflisten der Datensätze</translation>
    </message>
    <message>
        <source>listing experiments</source>
        <translation>Auflisten der Experimente</translation>
    </message>
    <message>
        <source>listing metrics</source>
        <translation>Auflisten der Metriken</translation>
    </message>
    <message>
        <source>listing models</source>
        <translation>Auflisten der Modelle</translation>
    </message>
    <message>
        <source>listing names</source>
        <translation>Auflisten der Namen</translation>
    </message>
    <message>
        <source>listing pipeline runs</source>
        <translation>Auflisten der Pipeline-Läufe</translation>
    </message>
    <message>
        <source>listing runs</source>
        <translation>Auflisten der Läufe</translation>
    </message>
    <message>
        <source>listing runs by status</source>
        <translation>Auflisten der Läufe nach Status</translation>
    </message>
    <message>
        <source>listing the newest runs</source>
        <translation>Auflisten der neuesten Läufe</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>Auflisten der Tabellen</translation>
    </message>
    <message>
        <source>listing the trash</source>
        <translation>Auflisten des Papierkorbs</translation>
    </message>
    <message>
        <source>locking the workspace</source>
        <translation>Sperren des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>locking the workspace to update its schema</source>
        <translation>Sperren des Arbeitsbereichs zum Aktualisieren seines Schemas</translation>
    </message>
    <message>
        <source>logging the alias change</source>
        <translation>Protokollieren der Alias-Änderung</translation>
    </message>
    <message>
        <source>looking for changed runs</source>
        <translation>Suchen nach geänderten Läufen</translation>
    </message>
    <message>
        <source>looking for interrupted runs</source>
        <translation>Suchen nach unterbrochenen Läufen</translation>
    </message>
    <message>
        <source>looking for runs that use the dataset</source>
        <translation>Suchen nach Läufen, die den Datensatz verwenden</translation>
    </message>
    <message>
        <source>looking up a step's cached outputs</source>
        <translation>Nachschlagen der zwischengespeicherten Ausgaben eines Schritts</translation>
    </message>
    <message>
        <source>looking up an earlier import</source>
        <translation>Nachschlagen eines früheren Imports</translation>
    </message>
    <message>
        <source>looking up metric '%1'</source>
        <translation>Nachschlagen der Metrik '%1'</translation>
    </message>
    <message>
        <source>looking up the dataset</source>
        <translation>Nachschlagen des Datensatzes</translation>
    </message>
    <message>
        <source>looking up the experiment</source>
        <translation>Nachschlagen des Experiments</translation>
    </message>
    <message>
        <source>looking up the run</source>
        <translation>Nachschlagen des Laufs</translation>
    </message>
    <message>
        <source>looking up the run id</source>
        <translation>Nachschlagen der Lauf-ID</translation>
    </message>
    <message>
        <source>loss diverged at step %1 (epoch %2)</source>
        <translation>Verlust bei Schritt %1 (Epoche %2) divergiert</translation>
    </message>
    <message>
        <source>marking an interrupted pipeline run</source>
        <translation>Markieren eines unterbrochenen Pipeline-Laufs</translation>
    </message>
    <message>
        <source>marking an interrupted pipeline step</source>
        <translation>Markieren eines unterbrochenen Pipeline-Schritts</translation>
    </message>
    <message>
        <source>marking an interrupted run</source>
        <translation>Markieren eines unterbrochenen Laufs</translation>
    </message>
    <message>
        <source>min_drifted_features must be a whole number of at least 1</source>
        <translation>min_drifted_features muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>minimize or maximize, not '%1'</source>
        <translation>minimize oder maximize, nicht '%1'</translation>
    </message>
    <message>
        <source>more than one run matches (%1%2): give more of the id</source>
        <translation>mehr als ein Lauf passt (%1%2): geben Sie mehr von der ID an</translation>
    </message>
    <message>
        <source>moving the run to the trash</source>
        <translation>Verschieben des Laufs in den Papierkorb</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>name a sweep (its name or id)</source>
        <translation>nennen Sie einen Sweep (seinen Namen oder seine ID)</translation>
    </message>
    <message>
        <source>new file %1</source>
        <translation>neue Datei %1</translation>
    </message>
    <message>
        <source>new version %1 (%2 rows)</source>
        <translation>neue Version %1 (%2 Zeilen)</translation>
    </message>
    <message>
        <source>no %1 yet (%2): counted as drifted, so that a first model is trained</source>
        <translation>noch kein %1 (%2): als gedriftet gewertet, damit ein erstes Modell trainiert wird</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>no champion: %1</source>
        <translation>kein Champion: %1</translation>
    </message>
    <message>
        <source>no dataset called "%1" (see: crucible-cli data list)</source>
        <translation>kein Datensatz namens "%1" (siehe: crucible-cli data list)</translation>
    </message>
    <message>
        <source>no dataset given: name one (NAME or NAME@HASH)</source>
        <translation>kein Datensatz angegeben: nennen Sie einen (NAME oder NAME@HASH)</translation>
    </message>
    <message>
        <source>no dataset named: give NAME or NAME@HASH (see: crucible-cli data list)</source>
        <translation>kein Datensatz genannt: geben Sie NAME oder NAME@HASH an (siehe: crucible-cli data list)</translation>
    </message>
    <message>
        <source>no drift</source>
        <translation>keine Drift</translation>
    </message>
    <message>
        <source>no file matching %1 in the folder</source>
        <translation>keine zu %1 passende Datei im Ordner</translation>
    </message>
    <message>
        <source>no format version</source>
        <translation>keine Formatversion</translation>
    </message>
    <message>
        <source>no images found: expected ROOT/&lt;class&gt;/&lt;image&gt;.png|jpg|jpeg|bmp</source>
        <translation>keine Bilder gefunden: erwartet wird ROOT/&lt;class&gt;/&lt;image&gt;.png|jpg|jpeg|bmp</translation>
    </message>
    <message>
        <source>no model given: use %1</source>
        <translation>kein Modell angegeben: verwenden Sie %1</translation>
    </message>
    <message>
        <source>no pipeline run '%1'</source>
        <translation>kein Pipeline-Lauf '%1'</translation>
    </message>
    <message>
        <source>no prediction log for model '%1' (serve it with --log-sample above 0 first)</source>
        <translation>kein Vorhersageprotokoll für Modell '%1' (stellen Sie es zuerst mit --log-sample über 0 bereit)</translation>
    </message>
    <message>
        <source>no registered version has this SHA-256</source>
        <translation>keine registrierte Version hat diesen SHA-256</translation>
    </message>
    <message>
        <source>no rows with a target to score on</source>
        <translation>keine Zeilen mit einem Zielwert zum Bewerten</translation>
    </message>
    <message>
        <source>no run has an id that starts with this; 'runs list' shows the ids</source>
        <translation>kein Lauf hat eine ID, die so beginnt; 'runs list' zeigt die IDs</translation>
    </message>
    <message>
        <source>no sample called "%1"; samples are %2</source>
        <translation>kein Beispiel namens "%1"; die Beispiele sind %2</translation>
    </message>
    <message>
        <source>no such %1 file</source>
        <translation>%1-Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>no such pipeline file</source>
        <translation>Pipeline-Datei nicht gefunden</translation>
    </message>
    <message>
        <source>no sweep is named '%1' or has an id starting so (crucible-cli sweep list shows them)</source>
        <translation>kein Sweep heißt '%1' oder hat eine so beginnende ID (crucible-cli sweep list zeigt sie an)</translation>
    </message>
    <message>
        <source>no training backend</source>
        <translation>kein Trainings-Backend</translation>
    </message>
    <message>
        <source>no trial completed</source>
        <translation>kein Versuch abgeschlossen</translation>
    </message>
    <message>
        <source>no usable feature columns (numbers or categories) besides the target</source>
        <translation>keine verwendbaren Merkmalsspalten (Zahlen oder Kategorien) außer dem Ziel</translation>
    </message>
    <message>
        <source>no values in the current data</source>
        <translation>keine Werte in den aktuellen Daten</translation>
    </message>
    <message>
        <source>none, median or asha, not '%1'</source>
        <translation>none, median oder asha, nicht '%1'</translation>
    </message>
    <message>
        <source>not a Crucible dataset file</source>
        <translation>keine Crucible-Datensatzdatei</translation>
    </message>
    <message>
        <source>not a JSON model spec: %1 at offset %2</source>
        <translation>keine JSON-Modellspezifikation: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>not a SQLite database, so not a model registry</source>
        <translation>keine SQLite-Datenbank, also keine Modell-Registry</translation>
    </message>
    <message>
        <source>not a folder of TensorBoard logs</source>
        <translation>kein Ordner mit TensorBoard-Protokollen</translation>
    </message>
    <message>
        <source>not a recipe key or model field (recipe keys: %1; model fields: %2)</source>
        <translation>weder ein Rezeptschlüssel noch ein Modellfeld (Rezeptschlüssel: %1; Modellfelder: %2)</translation>
    </message>
    <message>
        <source>not a zip archive (or a damaged one), so not %1</source>
        <translation>kein ZIP-Archiv (oder ein beschädigtes) und somit nicht %1</translation>
    </message>
    <message>
        <source>not an MLflow database: it has no table '%1'</source>
        <translation>keine MLflow-Datenbank: sie hat keine Tabelle '%1'</translation>
    </message>
    <message>
        <source>not an http:// URL</source>
        <translation>keine http://-URL</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <source>not reproduced</source>
        <translation>nicht reproduziert</translation>
    </message>
    <message>
        <source>not reproduced: %1 at step %2 is %3 in the original and %4 in the rerun</source>
        <translation>nicht reproduziert: %1 bei Schritt %2 ist im Original %3 und in der Wiederholung %4</translation>
    </message>
    <message>
        <source>not reproduced: %1 is logged at step %2 in the original and at step %3 in the rerun</source>
        <translation>nicht reproduziert: %1 ist im Original bei Schritt %2 protokolliert und in der Wiederholung bei Schritt %3</translation>
    </message>
    <message>
        <source>not reproduced: the original run has no metric points to compare</source>
        <translation>nicht reproduziert: der ursprüngliche Lauf hat keine Metrikpunkte zum Vergleichen</translation>
    </message>
    <message>
        <source>not run: the pipeline was rejected</source>
        <translation>nicht ausgeführt: die Pipeline wurde abgelehnt</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>nothing after @: give the start of a version's hash, or only the name for its newest version</source>
        <translation>nichts nach @: geben Sie den Anfang des Hashs einer Version an oder nur den Namen für ihre neueste Version</translation>
    </message>
    <message>
        <source>nothing to promote</source>
        <translation>nichts freizugeben</translation>
    </message>
    <message>
        <source>notify speaks http only; post to https through a shell step (curl) or a local relay</source>
        <translation>notify unterstützt nur http; senden Sie an https über einen shell-Schritt (curl) oder ein lokales Relay</translation>
    </message>
    <message>
        <source>numbering the version</source>
        <translation>Nummerieren der Version</translation>
    </message>
    <message>
        <source>one input of the signature's shape fails: %1</source>
        <translation>eine Eingabe in der Form der Signatur schlägt fehl: %1</translation>
    </message>
    <message>
        <source>only 1 and 3 channel images can be written as PNG</source>
        <translation>nur Bilder mit 1 oder 3 Kanälen können als PNG geschrieben werden</translation>
    </message>
    <message>
        <source>only a registered version can be promoted; register the bundle first</source>
        <translation>nur eine registrierte Version kann freigegeben werden; registrieren Sie zuerst das Paket</translation>
    </message>
    <message>
        <source>only a run that ended can be carried over</source>
        <translation>nur ein beendeter Lauf kann übertragen werden</translation>
    </message>
    <message>
        <source>only one class folder (%1) holds images; a classifier needs at least two</source>
        <translation>nur ein Klassenordner (%1) enthält Bilder; ein Klassifikator braucht mindestens zwei</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>Öffnen der Datenbank</translation>
    </message>
    <message>
        <source>opening the model</source>
        <translation>Öffnen des Modells</translation>
    </message>
    <message>
        <source>opening the read-only database</source>
        <translation>Öffnen der schreibgeschützten Datenbank</translation>
    </message>
    <message>
        <source>opening the registry database</source>
        <translation>Öffnen der Registry-Datenbank</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>p-values warn at the larger value</source>
        <translation>p-Werte warnen beim größeren Wert</translation>
    </message>
    <message>
        <source>param %1 is not a single value</source>
        <translation>Parameter %1 ist kein einzelner Wert</translation>
    </message>
    <message>
        <source>params is a mapping of names to values</source>
        <translation>params ist eine Zuordnung von Namen zu Werten</translation>
    </message>
    <message>
        <source>path is empty (${trigger.file} is empty unless a watched folder started the run; add folder: for runs started otherwise)</source>
        <translation>path ist leer (${trigger.file} ist leer, außer ein überwachter Ordner hat den Lauf gestartet; fügen Sie folder: für anders gestartete Läufe hinzu)</translation>
    </message>
    <message>
        <source>pipeline %1 run %2: %3</source>
        <translation>Pipeline %1, Lauf %2: %3</translation>
    </message>
    <message>
        <source>pipeline '%1' is already running (run %2, process %3 on %4); one run of a pipeline at a time</source>
        <translation>Pipeline '%1' läuft bereits (Lauf %2, Prozess %3 auf %4); pro Pipeline ist nur ein Lauf gleichzeitig möglich</translation>
    </message>
    <message>
        <source>pipeline '%1' is running (run %2); resume when it has ended</source>
        <translation>Pipeline '%1' läuft (Lauf %2); setzen Sie fort, wenn sie beendet ist</translation>
    </message>
    <message>
        <source>pipelines: runs, steps with cached outputs, watched files</source>
        <translation>Pipelines: Läufe, Schritte mit zwischengespeicherten Ausgaben, überwachte Dateien</translation>
    </message>
    <message>
        <source>pixel values in 32 bins; judged by PSI (pixels of an image are not independent, so no chi-square test)</source>
        <translation>Pixelwerte in 32 Intervallen; bewertet mit PSI (die Pixel eines Bildes sind nicht unabhängig, daher kein Chi-Quadrat-Test)</translation>
    </message>
    <message>
        <source>pixels are truncated</source>
        <translation>Pixeldaten sind abgeschnitten</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>vorhergesagter Wert</translation>
    </message>
    <message>
        <source>prediction log: %1</source>
        <translation>Vorhersageprotokoll: %1</translation>
    </message>
    <message>
        <source>prediction log: cannot create the folder %1</source>
        <translation>Vorhersageprotokoll: der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>prediction log: cannot write %1: %2</source>
        <translation>Vorhersageprotokoll: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>prediction log: writing %1 failed (%2); lines are dropped until it works</source>
        <translation>Vorhersageprotokoll: Schreiben von %1 fehlgeschlagen (%2); Zeilen werden verworfen, bis es wieder funktioniert</translation>
    </message>
    <message>
        <source>preparing metric queries</source>
        <translation>Vorbereiten der Metrikabfragen</translation>
    </message>
    <message>
        <source>preparing the metric statements</source>
        <translation>Vorbereiten der Metrik-Anweisungen</translation>
    </message>
    <message>
        <source>preparing the timeline of metric '%1'</source>
        <translation>Vorbereiten des Zeitverlaufs der Metrik '%1'</translation>
    </message>
    <message>
        <source>promote names at least one alias</source>
        <translation>promote nennt mindestens einen Alias</translation>
    </message>
    <message>
        <source>promote names no alias</source>
        <translation>promote nennt keinen Alias</translation>
    </message>
    <message>
        <source>promoted %1 to %2</source>
        <translation>%1 als %2 freigegeben</translation>
    </message>
    <message>
        <source>pruning compares a per-epoch validation metric; the objective %1 is not one (use val_loss, val_accuracy, ... or pruner: none)</source>
        <translation>Pruning vergleicht eine Validierungsmetrik pro Epoche; die Zielgröße %1 ist keine solche (verwenden Sie val_loss, val_accuracy, ... oder pruner: none)</translation>
    </message>
    <message>
        <source>put text in quotes: "%1"</source>
        <translation>setzen Sie Text in Anführungszeichen: "%1"</translation>
    </message>
    <message>
        <source>queueing unfinished trials again</source>
        <translation>erneutes Einreihen nicht abgeschlossener Versuche</translation>
    </message>
    <message>
        <source>reaches byte %1 of a storage of %2 bytes (offset %3, shape %4)</source>
        <translation>reicht bis Byte %1 eines Speichers von %2 Bytes (Offset %3, Form %4)</translation>
    </message>
    <message>
        <source>reading a pipeline run</source>
        <translation>Lesen eines Pipeline-Laufs</translation>
    </message>
    <message>
        <source>reading a sweep</source>
        <translation>Lesen eines Sweeps</translation>
    </message>
    <message>
        <source>reading a watched folder's files</source>
        <translation>Lesen der Dateien eines überwachten Ordners</translation>
    </message>
    <message>
        <source>reading aliases</source>
        <translation>Lesen der Aliasse</translation>
    </message>
    <message>
        <source>reading images</source>
        <translation>Lesen der Bilder</translation>
    </message>
    <message>
        <source>reading metric '%1'</source>
        <translation>Lesen der Metrik '%1'</translation>
    </message>
    <message>
        <source>reading metric series '%1'</source>
        <translation>Lesen der Metrikreihe '%1'</translation>
    </message>
    <message>
        <source>reading metric summaries</source>
        <translation>Lesen der Metrikzusammenfassungen</translation>
    </message>
    <message>
        <source>reading model names</source>
        <translation>Lesen der Modellnamen</translation>
    </message>
    <message>
        <source>reading params</source>
        <translation>Lesen der Parameter</translation>
    </message>
    <message>
        <source>reading pipeline runs</source>
        <translation>Lesen der Pipeline-Läufe</translation>
    </message>
    <message>
        <source>reading pipeline runs' steps</source>
        <translation>Lesen der Schritte von Pipeline-Läufen</translation>
    </message>
    <message>
        <source>reading sweeps</source>
        <translation>Lesen der Sweeps</translation>
    </message>
    <message>
        <source>reading tags</source>
        <translation>Lesen der Tags</translation>
    </message>
    <message>
        <source>reading the alias history</source>
        <translation>Lesen des Alias-Verlaufs</translation>
    </message>
    <message>
        <source>reading the artifacts</source>
        <translation>Lesen der Artefakte</translation>
    </message>
    <message>
        <source>reading the bundle failed: %1</source>
        <translation>Lesen des Pakets fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading the file failed: %1</source>
        <translation>Lesen der Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>reading the profile</source>
        <translation>Lesen des Profils</translation>
    </message>
    <message>
        <source>reading the read-only database</source>
        <translation>Lesen der schreibgeschützten Datenbank</translation>
    </message>
    <message>
        <source>reading the run's status</source>
        <translation>Lesen des Status des Laufs</translation>
    </message>
    <message>
        <source>reading the run's tags</source>
        <translation>Lesen der Tags des Laufs</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>reading the timeline of metric '%1'</source>
        <translation>Lesen des Zeitverlaufs der Metrik '%1'</translation>
    </message>
    <message>
        <source>reading trials</source>
        <translation>Lesen der Versuche</translation>
    </message>
    <message>
        <source>reading versions</source>
        <translation>Lesen der Versionen</translation>
    </message>
    <message>
        <source>reading what the workspace references</source>
        <translation>Lesen der Verweise des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>recipe key '%1'</source>
        <translation>Rezeptschlüssel '%1'</translation>
    </message>
    <message>
        <source>recording a pipeline run</source>
        <translation>Aufzeichnen eines Pipeline-Laufs</translation>
    </message>
    <message>
        <source>recording a pipeline run's end</source>
        <translation>Aufzeichnen des Endes eines Pipeline-Laufs</translation>
    </message>
    <message>
        <source>recording a pipeline step</source>
        <translation>Aufzeichnen eines Pipeline-Schritts</translation>
    </message>
    <message>
        <source>recording a step's end</source>
        <translation>Aufzeichnen des Endes eines Schritts</translation>
    </message>
    <message>
        <source>recording a step's start</source>
        <translation>Aufzeichnen des Starts eines Schritts</translation>
    </message>
    <message>
        <source>recording a sweep</source>
        <translation>Aufzeichnen eines Sweeps</translation>
    </message>
    <message>
        <source>recording a sweep's run</source>
        <translation>Aufzeichnen eines Laufs eines Sweeps</translation>
    </message>
    <message>
        <source>recording a watched folder's file</source>
        <translation>Aufzeichnen einer Datei eines überwachten Ordners</translation>
    </message>
    <message>
        <source>recording artifact '%1'</source>
        <translation>Aufzeichnen des Artefakts '%1'</translation>
    </message>
    <message>
        <source>recording the carried run</source>
        <translation>Aufzeichnen des übertragenen Laufs</translation>
    </message>
    <message>
        <source>recording the dataset</source>
        <translation>Aufzeichnen des Datensatzes</translation>
    </message>
    <message>
        <source>recording the environment</source>
        <translation>Aufzeichnen der Umgebung</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>Aufzeichnen des Imports</translation>
    </message>
    <message>
        <source>recording the run's times</source>
        <translation>Aufzeichnen der Zeiten des Laufs</translation>
    </message>
    <message>
        <source>recording the schema version</source>
        <translation>Aufzeichnen der Schemaversion</translation>
    </message>
    <message>
        <source>recording the version</source>
        <translation>Aufzeichnen der Version</translation>
    </message>
    <message>
        <source>recording trial %1</source>
        <translation>Aufzeichnen von Versuch %1</translation>
    </message>
    <message>
        <source>reference BLAS (slow: install libopenblas0-pthread)</source>
        <translation>Referenz-BLAS (langsam: installieren Sie libopenblas0-pthread)</translation>
    </message>
    <message>
        <source>registered run %1 as %2</source>
        <translation>Lauf %1 als %2 registriert</translation>
    </message>
    <message>
        <source>rejected by gate '%1': %2</source>
        <translation>von Prüfung '%1' abgelehnt: %2</translation>
    </message>
    <message>
        <source>removing tag '%1'</source>
        <translation>Entfernen des Tags '%1'</translation>
    </message>
    <message>
        <source>removing the alias</source>
        <translation>Entfernen des Alias</translation>
    </message>
    <message>
        <source>removing the half-carried run</source>
        <translation>Entfernen des halb übertragenen Laufs</translation>
    </message>
    <message>
        <source>removing the tag %1</source>
        <translation>Entfernen des Tags %1</translation>
    </message>
    <message>
        <source>renaming the experiment</source>
        <translation>Umbenennen des Experiments</translation>
    </message>
    <message>
        <source>renaming the run</source>
        <translation>Umbenennen des Laufs</translation>
    </message>
    <message>
        <source>renewing a pipeline run's heartbeat</source>
        <translation>Erneuern des Heartbeats eines Pipeline-Laufs</translation>
    </message>
    <message>
        <source>renewing a sweep's heartbeat</source>
        <translation>Erneuern des Heartbeats eines Sweeps</translation>
    </message>
    <message>
        <source>renewing the run's lease</source>
        <translation>Erneuern der Lease des Laufs</translation>
    </message>
    <message>
        <source>replacing the tags</source>
        <translation>Ersetzen der Tags</translation>
    </message>
    <message>
        <source>reproduced approximately: %1 points within %2 %, %3 of them identical</source>
        <translation>annähernd reproduziert: %1 Punkte innerhalb von %2 %, davon %3 identisch</translation>
    </message>
    <message>
        <source>reproduced: %1 points identical</source>
        <translation>reproduziert: %1 Punkte identisch</translation>
    </message>
    <message>
        <source>restoring the experiment</source>
        <translation>Wiederherstellen des Experiments</translation>
    </message>
    <message>
        <source>restoring the run</source>
        <translation>Wiederherstellen des Laufs</translation>
    </message>
    <message>
        <source>resuming a pipeline run</source>
        <translation>Fortsetzen eines Pipeline-Laufs</translation>
    </message>
    <message>
        <source>retries is a whole number from 0 to 100</source>
        <translation>retries ist eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>retrying in %1 s</source>
        <translation>Wiederholung in %1 s</translation>
    </message>
    <message>
        <source>run %1 already ended %2; there is nothing to resume (start a new run)</source>
        <translation>Lauf %1 ist bereits beendet (%2); es gibt nichts fortzusetzen (starten Sie einen neuen Lauf)</translation>
    </message>
    <message>
        <source>run %1 failed: %2</source>
        <translation>Lauf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>run %1 finished; %2</source>
        <translation>Lauf %1 abgeschlossen; %2</translation>
    </message>
    <message>
        <source>run %1 is still running (process %2 on %3)</source>
        <translation>Lauf %1 läuft noch (Prozess %2 auf %3)</translation>
    </message>
    <message>
        <source>run %1 stopped</source>
        <translation>Lauf %1 gestoppt</translation>
    </message>
    <message>
        <source>run %1 was registered before as %2</source>
        <translation>Lauf %1 wurde bereits zuvor als %2 registriert</translation>
    </message>
    <message>
        <source>run liveness: a heartbeat renewed while a run trains</source>
        <translation>Laufaktivität: ein Heartbeat, der erneuert wird, während ein Lauf trainiert</translation>
    </message>
    <message>
        <source>runs only after a failure or rejection</source>
        <translation>wird nur nach einem Fehler oder einer Ablehnung ausgeführt</translation>
    </message>
    <message>
        <source>saving a step's log</source>
        <translation>Speichern des Protokolls eines Schritts</translation>
    </message>
    <message>
        <source>saving metric '%1'</source>
        <translation>Speichern der Metrik '%1'</translation>
    </message>
    <message>
        <source>saving param '%1'</source>
        <translation>Speichern des Parameters '%1'</translation>
    </message>
    <message>
        <source>saving tag '%1'</source>
        <translation>Speichern des Tags '%1'</translation>
    </message>
    <message>
        <source>saving the notes</source>
        <translation>Speichern der Notizen</translation>
    </message>
    <message>
        <source>saving the schema update</source>
        <translation>Speichern der Schemaaktualisierung</translation>
    </message>
    <message>
        <source>saving the summary of metric '%1'</source>
        <translation>Speichern der Zusammenfassung der Metrik '%1'</translation>
    </message>
    <message>
        <source>schedule "%1" at %2</source>
        <translation>Zeitplan "%1" um %2</translation>
    </message>
    <message>
        <source>scoring %1 on %2 (%3 rows)</source>
        <translation>Bewerten von %1 auf %2 (%3 Zeilen)</translation>
    </message>
    <message>
        <source>sending failed: %1</source>
        <translation>Senden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>series %1 has arrays of different lengths</source>
        <translation>Reihe %1 hat Arrays unterschiedlicher Länge</translation>
    </message>
    <message>
        <source>series %1, point %2 does not come after the one before it (step %3)</source>
        <translation>Reihe %1, Punkt %2 folgt nicht auf den vorherigen (Schritt %3)</translation>
    </message>
    <message>
        <source>series %1, point %2 has step %3; steps are whole numbers from 0</source>
        <translation>Reihe %1, Punkt %2 hat Schritt %3; Schritte sind ganze Zahlen ab 0</translation>
    </message>
    <message>
        <source>series %1, point %2 is not a number</source>
        <translation>Reihe %1, Punkt %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>serving log of %1, %2 to %3</source>
        <translation>Bereitstellungsprotokoll von %1, %2 bis %3</translation>
    </message>
    <message>
        <source>setting the alias</source>
        <translation>Setzen des Alias</translation>
    </message>
    <message>
        <source>setting the schema version</source>
        <translation>Setzen der Schemaversion</translation>
    </message>
    <message>
        <source>setting the sync mode</source>
        <translation>Setzen des Synchronisationsmodus</translation>
    </message>
    <message>
        <source>setting the tag %1</source>
        <translation>Setzen des Tags %1</translation>
    </message>
    <message>
        <source>significance must be a number above 0 and at most 1</source>
        <translation>significance muss eine Zahl über 0 und höchstens 1 sein</translation>
    </message>
    <message>
        <source>single quotes</source>
        <translation>einfache Anführungszeichen</translation>
    </message>
    <message>
        <source>split is 'all' or 'test'</source>
        <translation>split ist 'all' oder 'test'</translation>
    </message>
    <message>
        <source>split is 'test' (the challenger's own test split) or 'all'</source>
        <translation>split ist 'test' (der eigene Testanteil des Herausforderers) oder 'all'</translation>
    </message>
    <message>
        <source>split is truncated</source>
        <translation>Aufteilungsdaten sind abgeschnitten</translation>
    </message>
    <message>
        <source>split: test scores on the test rows of run %1, which trained on %2@%3, not on this version; evaluate on that version or use split: all</source>
        <translation>split: test bewertet auf den Testzeilen von Lauf %1, der auf %2@%3 trainiert wurde, nicht auf dieser Version; werten Sie auf jener Version aus oder verwenden Sie split: all</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <source>start or end with spaces</source>
        <translation>mit Leerzeichen beginnen oder enden</translation>
    </message>
    <message>
        <source>start with '.'</source>
        <translation>mit '.' beginnen</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>starting to save metrics</source>
        <translation>Beginn des Speicherns der Metriken</translation>
    </message>
    <message>
        <source>step '%1' failed: %2</source>
        <translation>Schritt '%1' ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>step '%1', an input of this one, was skipped</source>
        <translation>Schritt '%1', eine Eingabe dieses Schritts, wurde übersprungen</translation>
    </message>
    <message>
        <source>stopped before step '%1'</source>
        <translation>angehalten vor Schritt '%1'</translation>
    </message>
    <message>
        <source>stopped in step '%1'</source>
        <translation>angehalten in Schritt '%1'</translation>
    </message>
    <message>
        <source>stopped in step '%1': %2</source>
        <translation>angehalten in Schritt '%1': %2</translation>
    </message>
    <message>
        <source>stopping a sweep</source>
        <translation>Anhalten eines Sweeps</translation>
    </message>
    <message>
        <source>stopping a sweep's trials</source>
        <translation>Anhalten der Versuche eines Sweeps</translation>
    </message>
    <message>
        <source>sweep '%1' has finished: its budget is spent and nothing is left to run. To search further, create another: crucible-cli sweep create FILE --name NEW</source>
        <translation>Sweep '%1' ist abgeschlossen: sein Budget ist aufgebraucht und es bleibt nichts mehr auszuführen. Um weiter zu suchen, legen Sie einen neuen an: crucible-cli sweep create FILE --name NEW</translation>
    </message>
    <message>
        <source>sweep '%1' is running in process %2 on %3; stop it with: crucible-cli sweep stop %1</source>
        <translation>Sweep '%1' läuft in Prozess %2 auf %3; halten Sie ihn an mit: crucible-cli sweep stop %1</translation>
    </message>
    <message>
        <source>sweeps: searches and their trials</source>
        <translation>Sweeps: Suchläufe und ihre Versuche</translation>
    </message>
    <message>
        <source>switching the database to WAL mode</source>
        <translation>Umstellen der Datenbank auf den WAL-Modus</translation>
    </message>
    <message>
        <source>takes a list of choices</source>
        <translation>erwartet eine Liste von Auswahlmöglichkeiten</translation>
    </message>
    <message>
        <source>takes a mapping of %1</source>
        <translation>erwartet eine Zuordnung von %1</translation>
    </message>
    <message>
        <source>takes a mapping of keys to values</source>
        <translation>erwartet eine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <source>takes a single value</source>
        <translation>erwartet einen einzelnen Wert</translation>
    </message>
    <message>
        <source>takes whole numbers: int: [LOW, HIGH] or a list</source>
        <translation>erwartet ganze Zahlen: int: [LOW, HIGH] oder eine Liste</translation>
    </message>
    <message>
        <source>taking over a sweep</source>
        <translation>Übernehmen eines Sweeps</translation>
    </message>
    <message>
        <source>taking the run over</source>
        <translation>Übernehmen des Laufs</translation>
    </message>
    <message>
        <source>the %1 data expands to more than %2, %3; decompress it where there is room and import that file, or set TMPDIR to a folder with more room</source>
        <translation>die %1-Daten entpacken sich auf mehr als %2, %3; entpacken Sie sie dort, wo genug Platz ist, und importieren Sie diese Datei, oder setzen Sie TMPDIR auf einen Ordner mit mehr Platz</translation>
    </message>
    <message>
        <source>the MLflow database holds no runs</source>
        <translation>die MLflow-Datenbank enthält keine Läufe</translation>
    </message>
    <message>
        <source>the TorchScript module has no forward method</source>
        <translation>das TorchScript-Modul hat keine forward-Methode</translation>
    </message>
    <message>
        <source>the bundle changed while it was imported; try again</source>
        <translation>das Paket hat sich während des Imports geändert; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the bundle of '%1' keeps no image statistics of its training data (an older format); register the model again from its run</source>
        <translation>das Paket von '%1' enthält keine Bildstatistiken seiner Trainingsdaten (ein älteres Format); registrieren Sie das Modell erneut aus seinem Lauf</translation>
    </message>
    <message>
        <source>the command crashed</source>
        <translation>der Befehl ist abgestürzt</translation>
    </message>
    <message>
        <source>the command exited with %1%2</source>
        <translation>der Befehl endete mit Code %1%2</translation>
    </message>
    <message>
        <source>the condition is empty</source>
        <translation>die Bedingung ist leer</translation>
    </message>
    <message>
        <source>the current data has no rows</source>
        <translation>die aktuellen Daten haben keine Zeilen</translation>
    </message>
    <message>
        <source>the dataset has no column '%1'</source>
        <translation>der Datensatz hat keine Spalte '%1'</translation>
    </message>
    <message>
        <source>the dataset has no rows</source>
        <translation>der Datensatz hat keine Zeilen</translation>
    </message>
    <message>
        <source>the dataset has no target column '%1' to score against</source>
        <translation>der Datensatz hat keine Zielspalte '%1', an der bewertet werden kann</translation>
    </message>
    <message>
        <source>the dataset hash is not a SHA-256 in hex</source>
        <translation>der Datensatz-Hash ist kein hexadezimaler SHA-256-Wert</translation>
    </message>
    <message>
        <source>the dataset name</source>
        <translation>der Datensatzname</translation>
    </message>
    <message>
        <source>the dataset version it trained on (%1@%2) is not in this workspace any more; import the same data again, or unpack a package of the run (crucible-cli runs pack) that carries it</source>
        <translation>die Datensatzversion, mit der er trainiert wurde (%1@%2), ist nicht mehr in diesem Arbeitsbereich; importieren Sie dieselben Daten erneut oder entpacken Sie ein Paket des Laufs (crucible-cli runs pack), das sie enthält</translation>
    </message>
    <message>
        <source>the dataset's stored copy is %1 bytes; a package carries at most %2</source>
        <translation>die gespeicherte Kopie des Datensatzes ist %1 Bytes groß; ein Paket fasst höchstens %2</translation>
    </message>
    <message>
        <source>the dataset's target</source>
        <translation>das Ziel des Datensatzes</translation>
    </message>
    <message>
        <source>the device "%1" is not one Crucible trains on</source>
        <translation>das Gerät "%1" ist keines, auf dem Crucible trainiert</translation>
    </message>
    <message>
        <source>the drift check was cancelled</source>
        <translation>die Drift-Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>das Ende</translation>
    </message>
    <message>
        <source>the experiment</source>
        <translation>das Experiment</translation>
    </message>
    <message>
        <source>the experiment has no name</source>
        <translation>das Experiment hat keinen Namen</translation>
    </message>
    <message>
        <source>the field "%1" is missing</source>
        <translation>das Feld "%1" fehlt</translation>
    </message>
    <message>
        <source>the field "%1" must be a JSON object</source>
        <translation>das Feld "%1" muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the field "%1" must be a non-empty string</source>
        <translation>das Feld "%1" muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>the field "%1" must be a string</source>
        <translation>das Feld "%1" muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the field "created" is not an ISO 8601 time: "%1"</source>
        <translation>das Feld "created" ist keine Zeitangabe nach ISO 8601: "%1"</translation>
    </message>
    <message>
        <source>the field "format_version" is missing</source>
        <translation>das Feld "format_version" fehlt</translation>
    </message>
    <message>
        <source>the field "format_version" must be a whole number from 1</source>
        <translation>das Feld "format_version" muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the field "task" must be "classification" or "regression", not "%1"</source>
        <translation>das Feld "task" muss "classification" oder "regression" sein, nicht "%1"</translation>
    </message>
    <message>
        <source>the field "version" is missing</source>
        <translation>das Feld "version" fehlt</translation>
    </message>
    <message>
        <source>the field "version" must be a whole number from 1</source>
        <translation>das Feld "version" muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>the file exists already; %1s are never overwritten</source>
        <translation>die Datei existiert bereits; %1-Dateien werden nie überschrieben</translation>
    </message>
    <message>
        <source>the file has a header but no data rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>die Datei hat keine Datenzeilen</translation>
    </message>
    <message>
        <source>the file has no header row</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>the file has no labelled rows</source>
        <translation>die Datei hat keine Zeilen mit Label</translation>
    </message>
    <message>
        <source>the file has only one column: nothing to learn the target from</source>
        <translation>die Datei hat nur eine Spalte: es gibt nichts, woraus sich das Ziel lernen ließe</translation>
    </message>
    <message>
        <source>the file holds %1 YAML documents; a pipeline file is one</source>
        <translation>die Datei enthält %1 YAML-Dokumente; eine Pipeline-Datei ist genau eines</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file is too short to be an IDX file</source>
        <translation>die Datei ist zu kurz für eine IDX-Datei</translation>
    </message>
    <message>
        <source>the file is truncated inside its header</source>
        <translation>die Datei ist innerhalb ihres Dateikopfs abgeschnitten</translation>
    </message>
    <message>
        <source>the file is truncated: its header declares %1 bytes of data, it holds %2</source>
        <translation>die Datei ist abgeschnitten: ihr Dateikopf gibt %1 Bytes Daten an, sie enthält %2</translation>
    </message>
    <message>
        <source>the file nests deeper than %1 levels or holds more than %2 values</source>
        <translation>die Datei ist tiefer als %1 Ebenen verschachtelt oder enthält mehr als %2 Werte</translation>
    </message>
    <message>
        <source>the file's plain copy would be larger than %1, %2; set TMPDIR to a folder with more room</source>
        <translation>die reine Textkopie der Datei wäre größer als %1, %2; setzen Sie TMPDIR auf einen Ordner mit mehr Platz</translation>
    </message>
    <message>
        <source>the filter has more than %1 conditions</source>
        <translation>der Filter hat mehr als %1 Bedingungen</translation>
    </message>
    <message>
        <source>the filter has more than %1 values</source>
        <translation>der Filter hat mehr als %1 Werte</translation>
    </message>
    <message>
        <source>the filter nests '(' and 'not' more than %1 levels deep: write it flatter</source>
        <translation>der Filter verschachtelt '(' und 'not' mehr als %1 Ebenen tief: schreiben Sie ihn flacher</translation>
    </message>
    <message>
        <source>the folder holds no .png, .jpg, .jpeg or .bmp images</source>
        <translation>der Ordner enthält keine .png-, .jpg-, .jpeg- oder .bmp-Bilder</translation>
    </message>
    <message>
        <source>the folder holds no IDX image files (*-images-idx3-ubyte[.gz])</source>
        <translation>der Ordner enthält keine IDX-Bilddateien (*-images-idx3-ubyte[.gz])</translation>
    </message>
    <message>
        <source>the grid has up to %1 points, more than %2: give ranges fewer grid points, or search with strategy random or tpe</source>
        <translation>das Gitter hat bis zu %1 Punkte, mehr als %2: geben Sie den Bereichen weniger Gitterpunkte oder suchen Sie mit der Strategie random oder tpe</translation>
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation>die gzip-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>the header declares %1 bytes of data, more than the limit of %2 GB</source>
        <translation>der Dateikopf gibt %1 Bytes Daten an, mehr als das Limit von %2 GB</translation>
    </message>
    <message>
        <source>the header was to be on line %1, but the file has %2 line(s)</source>
        <translation>die Kopfzeile sollte in Zeile %1 stehen, aber die Datei hat %2 Zeile(n)</translation>
    </message>
    <message>
        <source>the image dataset has no label column</source>
        <translation>der Bilddatensatz hat keine Label-Spalte</translation>
    </message>
    <message>
        <source>the image declares %1x%2 pixels, more than the limit of %3 megapixels</source>
        <translation>das Bild gibt %1x%2 Pixel an, mehr als das Limit von %3 Megapixeln</translation>
    </message>
    <message>
        <source>the images are %1x%2 pixels with %3 channel(s); the model takes %4x%5 with %6</source>
        <translation>die Bilder haben %1x%2 Pixel mit %3 Kanal/Kanälen; das Modell erwartet %4x%5 mit %6</translation>
    </message>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>the input has column(s) %1 that the model does not take; remove them (it takes %2)</source>
        <translation>die Eingabe hat Spalte(n) %1, die das Modell nicht erwartet; entfernen Sie sie (es erwartet %2)</translation>
    </message>
    <message>
        <source>the input lacks column(s) %1 that the model takes (it takes %2)</source>
        <translation>der Eingabe fehlen Spalte(n) %1, die das Modell erwartet (es erwartet %2)</translation>
    </message>
    <message>
        <source>the input shape [%1] is not usable: every dimension must be at least 1 and one input at most %2 values</source>
        <translation>die Eingabeform [%1] ist nicht verwendbar: jede Dimension muss mindestens 1 sein und eine Eingabe darf höchstens %2 Werte haben</translation>
    </message>
    <message>
        <source>the input signature could not be saved: %1</source>
        <translation>die Eingabesignatur konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the input signature has no features</source>
        <translation>die Eingabesignatur hat keine Merkmale</translation>
    </message>
    <message>
        <source>the key appears twice (first on line %1)</source>
        <translation>der Schlüssel kommt doppelt vor (zuerst in Zeile %1)</translation>
    </message>
    <message>
        <source>the label file for these images is missing: %1</source>
        <translation>die Label-Datei für diese Bilder fehlt: %1</translation>
    </message>
    <message>
        <source>the label of id '%1' is '%2', not a number; the model predicts numbers</source>
        <translation>das Label der ID '%1' ist '%2', keine Zahl; das Modell sagt Zahlen vorher</translation>
    </message>
    <message>
        <source>the labels need a column 'id' with the requests' ids as the server logged them</source>
        <translation>die Labels brauchen eine Spalte 'id' mit den IDs der Anfragen, wie der Server sie protokolliert hat</translation>
    </message>
    <message>
        <source>the last rows served</source>
        <translation>die zuletzt vom Server verarbeiteten Zeilen</translation>
    </message>
    <message>
        <source>the manifest must be a JSON object</source>
        <translation>das Manifest muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the metric "%1" must be a number</source>
        <translation>die Metrik "%1" muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the metrics could not be saved: %1</source>
        <translation>die Metriken konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the metrics table holds '%1' as the value of %2 for run %3, not a number</source>
        <translation>die Metriktabelle enthält '%1' als Wert von %2 für Lauf %3, keine Zahl</translation>
    </message>
    <message>
        <source>the metrics were not saved</source>
        <translation>die Metriken wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>the model JSON does not parse: %1 at offset %2</source>
        <translation>das Modell-JSON lässt sich nicht parsen: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>the model failed: %1</source>
        <translation>das Modell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the model name must not be empty or hold '/', '\' or '..'</source>
        <translation>der Modellname darf nicht leer sein und weder '/', '\' noch '..' enthalten</translation>
    </message>
    <message>
        <source>the model returns %1 values per input but its signature names %2 classes</source>
        <translation>das Modell liefert %1 Werte pro Eingabe, aber seine Signatur nennt %2 Klassen</translation>
    </message>
    <message>
        <source>the model takes column(s) %1, which the input lacks, and does not know %2: renamed? Rename them to the model's names</source>
        <translation>das Modell erwartet Spalte(n) %1, die der Eingabe fehlen, und kennt %2 nicht: umbenannt? Benennen Sie sie nach den Namen des Modells um</translation>
    </message>
    <message>
        <source>the model's input signature has no image shape</source>
        <translation>die Eingabesignatur des Modells hat keine Bildform</translation>
    </message>
    <message>
        <source>the model's reference profile is format 1 (no sample): KS and Wasserstein need a bundle registered by this version</source>
        <translation>das Referenzprofil des Modells hat Format 1 (keine Stichprobe): KS und Wasserstein brauchen ein Paket, das mit dieser Version registriert wurde</translation>
    </message>
    <message>
        <source>the name in the bundle's manifest cannot be used (%1); register it under another name</source>
        <translation>der Name im Manifest des Pakets ist nicht verwendbar (%1); registrieren Sie es unter einem anderen Namen</translation>
    </message>
    <message>
        <source>the output is %1, a file inside %2, which this command reads: writing would destroy it; name another file</source>
        <translation>die Ausgabe ist %1, eine Datei im Ordner %2, den dieser Befehl liest: Schreiben würde sie zerstören; geben Sie eine andere Datei an</translation>
    </message>
    <message>
        <source>the output is %1, a file of %2, which holds Crucible's own data: writing would destroy it; name a file outside it</source>
        <translation>die Ausgabe ist %1, eine Datei in %2, einem Ordner mit Crucibles eigenen Daten: Schreiben würde sie zerstören; geben Sie eine Datei außerhalb dieses Ordners an</translation>
    </message>
    <message>
        <source>the output is a folder: name a file</source>
        <translation>die Ausgabe ist ein Ordner: geben Sie eine Datei an</translation>
    </message>
    <message>
        <source>the output is the input %1: writing would destroy it; name another file</source>
        <translation>die Ausgabe ist die Eingabe %1: Schreiben würde sie zerstören; geben Sie eine andere Datei an</translation>
    </message>
    <message>
        <source>the parent run is not in this workspace</source>
        <translation>der übergeordnete Lauf ist nicht in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>the pipeline file is empty</source>
        <translation>die Pipeline-Datei ist leer</translation>
    </message>
    <message>
        <source>the pipeline has no parameter '%1'; it has: %2</source>
        <translation>die Pipeline hat keinen Parameter '%1'; sie hat: %2</translation>
    </message>
    <message>
        <source>the prediction log has no rows to check</source>
        <translation>das Vorhersageprotokoll hat keine zu prüfenden Zeilen</translation>
    </message>
    <message>
        <source>the range's low end (%1) must be below its high end (%2)</source>
        <translation>das untere Ende des Bereichs (%1) muss unter seinem oberen Ende (%2) liegen</translation>
    </message>
    <message>
        <source>the recipe cannot be read: %1</source>
        <translation>das Rezept kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the reference is constant: shifts are in the column's units</source>
        <translation>die Referenz ist konstant: Verschiebungen sind in den Einheiten der Spalte angegeben</translation>
    </message>
    <message>
        <source>the reference profile has no column '%1' that the model takes</source>
        <translation>das Referenzprofil hat keine Spalte '%1', die das Modell erwartet</translation>
    </message>
    <message>
        <source>the registry has a model "%1"; a name that differs from it only in case or Unicode form would share its folder on some file systems</source>
        <translation>die Registry hat ein Modell "%1"; ein Name, der sich davon nur in Groß-/Kleinschreibung oder Unicode-Form unterscheidet, würde auf manchen Dateisystemen dessen Ordner teilen</translation>
    </message>
    <message>
        <source>the registry has no versions of "%1"</source>
        <translation>die Registry hat keine Versionen von "%1"</translation>
    </message>
    <message>
        <source>the registry has schema version %1, newer than this Crucible reads (%2); update Crucible</source>
        <translation>die Registry hat Schemaversion %1, neuer als diese Crucible-Version lesen kann (%2); aktualisieren Sie Crucible</translation>
    </message>
    <message>
        <source>the report would overwrite the data it reports on</source>
        <translation>der Bericht würde die Daten überschreiben, über die er berichtet</translation>
    </message>
    <message>
        <source>the room its text may take in %1</source>
        <translation>der Platz, den ihr Text in %1 einnehmen darf</translation>
    </message>
    <message>
        <source>the run has no %1</source>
        <translation>der Lauf hat kein Artefakt vom Typ %1</translation>
    </message>
    <message>
        <source>the run has no checkpoint to resume from (it wrote none, or its files are gone)</source>
        <translation>der Lauf hat keinen Checkpoint, von dem aus er fortgesetzt werden kann (er hat keinen geschrieben, oder seine Dateien sind nicht mehr vorhanden)</translation>
    </message>
    <message>
        <source>the run has no exported model.pt (runs trained before models were exported have none; train it again)</source>
        <translation>der Lauf hat kein exportiertes model.pt (Läufe, die trainiert wurden, bevor Modelle exportiert wurden, haben keines; trainieren Sie ihn erneut)</translation>
    </message>
    <message>
        <source>the run has no metric '%1'</source>
        <translation>der Lauf hat keine Metrik '%1'</translation>
    </message>
    <message>
        <source>the run has no recipe ("config" with its model and epochs), so it could not be trained again</source>
        <translation>der Lauf hat kein Rezept ("config" mit Modell und Epochen), daher konnte er nicht erneut trainiert werden</translation>
    </message>
    <message>
        <source>the run id "%1" is not 16 lowercase hex digits</source>
        <translation>die Lauf-ID "%1" besteht nicht aus 16 hexadezimalen Ziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>the run is %1; only a finished or stopped run's model can be registered</source>
        <translation>der Lauf ist im Status %1; nur das Modell eines abgeschlossenen oder angehaltenen Laufs kann registriert werden</translation>
    </message>
    <message>
        <source>the run is %1; pack it once it has ended</source>
        <translation>der Lauf ist im Status %1; packen Sie ihn, sobald er beendet ist</translation>
    </message>
    <message>
        <source>the run is %1; rerun it once it has ended</source>
        <translation>der Lauf ist im Status %1; wiederholen Sie ihn, sobald er beendet ist</translation>
    </message>
    <message>
        <source>the run name</source>
        <translation>der Laufname</translation>
    </message>
    <message>
        <source>the run records no dataset version to train on again</source>
        <translation>der Lauf verzeichnet keine Datensatzversion, mit der er erneut trainiert werden könnte</translation>
    </message>
    <message>
        <source>the run's status is not one of a run that ended</source>
        <translation>der Status des Laufs ist nicht der eines beendeten Laufs</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>the server did not answer with HTTP</source>
        <translation>der Server antwortete nicht mit HTTP</translation>
    </message>
    <message>
        <source>the split could not be recorded: %1</source>
        <translation>die Aufteilung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the split leaves no training rows</source>
        <translation>die Aufteilung lässt keine Trainingszeilen übrig</translation>
    </message>
    <message>
        <source>the split names a part that does not exist</source>
        <translation>die Aufteilung nennt einen Teil, den es nicht gibt</translation>
    </message>
    <message>
        <source>the step says what it does with one of: %1</source>
        <translation>der Schritt gibt an, was er tut, mit einem von: %1</translation>
    </message>
    <message>
        <source>the stored copy of %1 is damaged: its content hash is %2, not %3; import the data again</source>
        <translation>die gespeicherte Kopie von %1 ist beschädigt: ihr Inhalts-Hash ist %2, nicht %3; importieren Sie die Daten erneut</translation>
    </message>
    <message>
        <source>the stored dataset is damaged (%1)</source>
        <translation>der gespeicherte Datensatz ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the stored dataset is missing: %1</source>
        <translation>der gespeicherte Datensatz fehlt: %1</translation>
    </message>
    <message>
        <source>the target column "%1" holds a single class%2; a classifier needs at least two</source>
        <translation>die Zielspalte "%1" enthält nur eine Klasse%2; ein Klassifikator braucht mindestens zwei</translation>
    </message>
    <message>
        <source>the target has %1 class(es); classification needs at least 2</source>
        <translation>das Ziel hat %1 Klasse(n); Klassifikation braucht mindestens 2</translation>
    </message>
    <message>
        <source>the training fraction must be above 0</source>
        <translation>der Trainingsanteil muss über 0 liegen</translation>
    </message>
    <message>
        <source>the training images were %1 pixels (as the model takes them)</source>
        <translation>die Trainingsbilder hatten %1 Pixel (so, wie das Modell sie erwartet)</translation>
    </message>
    <message>
        <source>the value %1 makes no valid recipe: %2</source>
        <translation>der Wert %1 ergibt kein gültiges Rezept: %2</translation>
    </message>
    <message>
        <source>the version was deleted but its files could not be removed</source>
        <translation>die Version wurde gelöscht, aber ihre Dateien konnten nicht entfernt werden</translation>
    </message>
    <message>
        <source>the version's row names a bundle outside the registry's model folders; nothing was deleted</source>
        <translation>die Zeile der Version verweist auf ein Paket außerhalb der Modellordner der Registry; es wurde nichts gelöscht</translation>
    </message>
    <message>
        <source>the watched folder does not exist; create it, or fix triggers.watch</source>
        <translation>der überwachte Ordner existiert nicht; legen Sie ihn an oder korrigieren Sie triggers.watch</translation>
    </message>
    <message>
        <source>the watched folder is a file</source>
        <translation>der überwachte Ordner ist eine Datei</translation>
    </message>
    <message>
        <source>the workspace has schema version %1 and needs an update to version %2, but it is read-only; open it once with permission to write</source>
        <translation>der Arbeitsbereich hat Schemaversion %1 und benötigt eine Aktualisierung auf Version %2, ist aber schreibgeschützt; öffnen Sie ihn einmal mit Schreibrechten</translation>
    </message>
    <message>
        <source>the workspace is busy: another Crucible process is writing to it (while %1). Try again when it has finished.</source>
        <translation>der Arbeitsbereich ist belegt: ein anderer Crucible-Prozess schreibt gerade hinein (Vorgang: %1). Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>the workspace is read-only (no permission to write it, or opened read-only), so %1 cannot be done; listing and showing still work</source>
        <translation>der Arbeitsbereich ist schreibgeschützt (keine Schreibberechtigung oder schreibgeschützt geöffnet), daher ist %1 nicht möglich; Auflisten und Anzeigen funktionieren weiterhin</translation>
    </message>
    <message>
        <source>the workspace was written by a newer Crucible (schema version %1; this build knows up to %2). It was left unchanged: open it with a newer Crucible or choose another workspace.</source>
        <translation>der Arbeitsbereich wurde von einer neueren Crucible-Version geschrieben (Schemaversion %1; dieser Build kennt bis %2). Er blieb unverändert: öffnen Sie ihn mit einer neueren Crucible-Version oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>the zip directory is damaged (zip error %1)</source>
        <translation>das ZIP-Verzeichnis ist beschädigt (ZIP-Fehler %1)</translation>
    </message>
    <message>
        <source>the zstd data is damaged: %1</source>
        <translation>die zstd-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>the zstd data was packed with a window larger than 128 MiB (zstd --long); unpack it with zstd -d --long=31 and import the result</source>
        <translation>die zstd-Daten wurden mit einem Fenster größer als 128 MiB gepackt (zstd --long); entpacken Sie sie mit zstd -d --long=31 und importieren Sie das Ergebnis</translation>
    </message>
    <message>
        <source>there is no CUDA device '%1' (%2 visible)</source>
        <translation>es gibt kein CUDA-Gerät '%1' (%2 sichtbar)</translation>
    </message>
    <message>
        <source>there is no column "%1"; the columns are %2</source>
        <translation>es gibt keine Spalte "%1"; die Spalten sind %2</translation>
    </message>
    <message>
        <source>there is no experiment with this id</source>
        <translation>es gibt kein Experiment mit dieser ID</translation>
    </message>
    <message>
        <source>there is no model '%1' (the challenger is '%2'); a champion of another name is most likely a typo</source>
        <translation>es gibt kein Modell '%1' (der Herausforderer ist '%2'); ein Champion mit anderem Namen ist sehr wahrscheinlich ein Tippfehler</translation>
    </message>
    <message>
        <source>there is no such artifact file</source>
        <translation>es gibt keine solche Artefaktdatei</translation>
    </message>
    <message>
        <source>there is no such run in this workspace</source>
        <translation>es gibt keinen solchen Lauf in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>there is no workspace here to open read-only</source>
        <translation>hier gibt es keinen Arbeitsbereich, der schreibgeschützt geöffnet werden könnte</translation>
    </message>
    <message>
        <source>this ')' has no matching '('</source>
        <translation>zu dieser ')' gibt es keine passende '('</translation>
    </message>
    <message>
        <source>this SQLite database belongs to another program, not a model registry</source>
        <translation>diese SQLite-Datenbank gehört zu einem anderen Programm, nicht zu einer Modell-Registry</translation>
    </message>
    <message>
        <source>this field name has no closing `</source>
        <translation>dieser Feldname hat kein schließendes `</translation>
    </message>
    <message>
        <source>this file is not the bundle registered as %1 (its SHA-256 differs from the one recorded at registration), so it was not exported</source>
        <translation>diese Datei ist nicht das als %1 registrierte Paket (ihr SHA-256 weicht von dem bei der Registrierung erfassten ab), daher wurde sie nicht exportiert</translation>
    </message>
    <message>
        <source>this file is not the bundle registered as %1: its SHA-256 is %2, the registry recorded %3, so it was changed or replaced after registration; it is not used. Restore the file from a backup, or register the model again</source>
        <translation>diese Datei ist nicht das als %1 registrierte Paket: ihr SHA-256 ist %2, die Registry hat %3 erfasst, sie wurde also nach der Registrierung geändert oder ersetzt; sie wird nicht verwendet. Stellen Sie die Datei aus einer Sicherung wieder her oder registrieren Sie das Modell erneut</translation>
    </message>
    <message>
        <source>this is %1, which Crucible does not read; it reads plain text, gzip (.gz) and zstd (.zst): unpack it and import the CSV file inside</source>
        <translation>dies ist %1, was Crucible nicht liest; es liest reinen Text, gzip (.gz) und zstd (.zst): entpacken Sie die Datei und importieren Sie die enthaltene CSV-Datei</translation>
    </message>
    <message>
        <source>this is a file, not a workspace folder</source>
        <translation>dies ist eine Datei, kein Arbeitsbereichsordner</translation>
    </message>
    <message>
        <source>this is not a SQLite database, so it cannot be a Crucible workspace. It was left unchanged: move it away or choose another workspace folder.</source>
        <translation>dies ist keine SQLite-Datenbank und kann daher kein Crucible-Arbeitsbereich sein. Die Datei blieb unverändert: verschieben Sie sie oder wählen Sie einen anderen Arbeitsbereichsordner.</translation>
    </message>
    <message>
        <source>this model takes a table: give a CSV or TSV file, not a folder</source>
        <translation>dieses Modell erwartet eine Tabelle: geben Sie eine CSV- oder TSV-Datei an, keinen Ordner</translation>
    </message>
    <message>
        <source>this model takes images: give a folder of images, not a file</source>
        <translation>dieses Modell erwartet Bilder: geben Sie einen Ordner mit Bildern an, keine Datei</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>this string has no closing %1</source>
        <translation>diese Zeichenkette hat kein schließendes %1</translation>
    </message>
    <message>
        <source>time budget of %1 minutes spent</source>
        <translation>Zeitbudget von %1 Minuten aufgebraucht</translation>
    </message>
    <message>
        <source>timed out after %1 s (its limit is %2 s)</source>
        <translation>Zeitüberschreitung nach %1 s (das Limit ist %2 s)</translation>
    </message>
    <message>
        <source>training data %1@%2</source>
        <translation>Trainingsdaten %1@%2</translation>
    </message>
    <message>
        <source>triggers is a mapping with schedule, watch and drift</source>
        <translation>triggers ist eine Zuordnung mit schedule, watch und drift</translation>
    </message>
    <message>
        <source>turning on foreign keys</source>
        <translation>Einschalten der Fremdschlüssel</translation>
    </message>
    <message>
        <source>unexpected %1: join conditions with 'and' or 'or'</source>
        <translation>%1 kommt unerwartet: verbinden Sie Bedingungen mit 'and' oder 'or'</translation>
    </message>
    <message>
        <source>unexpected character '%1'</source>
        <translation>unerwartetes Zeichen '%1'</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote; inside a quoted field write a quote as %1%1</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen; schreiben Sie ein Anführungszeichen in einem Feld in Anführungszeichen als %1%1</translation>
    </message>
    <message>
        <source>unknown column type</source>
        <translation>unbekannter Spaltentyp</translation>
    </message>
    <message>
        <source>unknown field '%1': use params.KEY, metrics.KEY, tags.KEY or one of %2</source>
        <translation>unbekanntes Feld '%1': verwenden Sie params.KEY, metrics.KEY, tags.KEY oder eines von %2</translation>
    </message>
    <message>
        <source>unknown key '%1' (a parameter has one of choice, int, float; and log, grid, when)</source>
        <translation>unbekannter Schlüssel '%1' (ein Parameter hat einen von choice, int, float; sowie log, grid, when)</translation>
    </message>
    <message>
        <source>unknown key '%1' (known: %2)</source>
        <translation>unbekannter Schlüssel '%1' (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown key '%1' (known: numeric, categorical, significance, min_drifted_features, features)</source>
        <translation>unbekannter Schlüssel '%1' (bekannt: numeric, categorical, significance, min_drifted_features, features)</translation>
    </message>
    <message>
        <source>unknown key '%1' in the model spec; known keys: %2</source>
        <translation>unbekannter Schlüssel '%1' in der Modellspezifikation; bekannte Schlüssel: %2</translation>
    </message>
    <message>
        <source>unknown key '%1'; known: %2</source>
        <translation>unbekannter Schlüssel '%1'; bekannt: %2</translation>
    </message>
    <message>
        <source>unknown kind "%1" (use csv, images or idx)</source>
        <translation>unbekannte Art "%1" (verwenden Sie csv, images oder idx)</translation>
    </message>
    <message>
        <source>unknown model '%1': use %2</source>
        <translation>unbekanntes Modell '%1': verwenden Sie %2</translation>
    </message>
    <message>
        <source>unknown recipe key '%1'; the keys are: %2</source>
        <translation>unbekannter Rezeptschlüssel '%1'; die Schlüssel sind: %2</translation>
    </message>
    <message>
        <source>unknown status '%1'; statuses are %2</source>
        <translation>unbekannter Status '%1'; mögliche Status sind %2</translation>
    </message>
    <message>
        <source>unreadable header</source>
        <translation>unlesbarer Dateikopf</translation>
    </message>
    <message>
        <source>updating the schema to version %1 (%2)</source>
        <translation>Aktualisieren des Schemas auf Version %1 (%2)</translation>
    </message>
    <message>
        <source>use auto, cpu, cuda or cuda:N</source>
        <translation>verwenden Sie auto, cpu, cuda oder cuda:N</translation>
    </message>
    <message>
        <source>version %1 of "%2" is what alias %3 points at; move or remove the alias first</source>
        <translation>auf Version %1 von "%2" zeigt der Alias %3; verschieben oder entfernen Sie zuerst den Alias</translation>
    </message>
    <message>
        <source>warn at the smaller value</source>
        <translation>Warnung beim kleineren Wert</translation>
    </message>
    <message>
        <source>watch names a folder: 'watch: /data/incoming' or 'watch: {folder: /data/incoming, pattern: "*.csv"}'</source>
        <translation>watch nennt einen Ordner: 'watch: /data/incoming' oder 'watch: {folder: /data/incoming, pattern: "*.csv"}'</translation>
    </message>
    <message>
        <source>what an earlier run made is gone; running again</source>
        <translation>was ein früherer Lauf erzeugt hat, ist nicht mehr vorhanden; wird erneut ausgeführt</translation>
    </message>
    <message>
        <source>when needs at least one value</source>
        <translation>when braucht mindestens einen Wert</translation>
    </message>
    <message>
        <source>when takes one parameter and its value(s): when: {optimizer: sgd}</source>
        <translation>when erwartet einen Parameter und dessen Wert(e): when: {optimizer: sgd}</translation>
    </message>
    <message>
        <source>which column holds the labels? Name it 'label'%1, or keep only 'id' and it</source>
        <translation>welche Spalte enthält die Labels? Nennen Sie sie 'label'%1 oder behalten Sie nur 'id' und diese Spalte</translation>
    </message>
    <message>
        <source>whole log</source>
        <translation>gesamtes Protokoll</translation>
    </message>
    <message>
        <source>workspace, experiments, datasets and runs</source>
        <translation>Arbeitsbereich, Experimente, Datensätze und Läufe</translation>
    </message>
    <message>
        <source>wrong IDX magic number 0x%1: expected 0x0000080%2 (unsigned bytes, %2 dimension(s)) for an %3 file</source>
        <translation>falsche IDX-Magic-Number 0x%1: erwartet 0x0000080%2 (vorzeichenlose Bytes, %2 Dimension(en)) für eine %3-Datei</translation>
    </message>
    <message>
        <source>'%1' is not a credential helper's name</source>
        <translation>'%1' ist kein Name eines Credential-Helpers</translation>
    </message>
    <message>
        <source>'%1' is not a digest: write @sha256: and 64 lowercase hex digits</source>
        <translation>'%1' ist kein Digest: schreiben Sie @sha256: und 64 Hexziffern in Kleinbuchstaben</translation>
    </message>
    <message>
        <source>'%1' is not a registry host (a name or address, then :PORT)</source>
        <translation>'%1' ist kein Registry-Host (ein Name oder eine Adresse, dann :PORT)</translation>
    </message>
    <message>
        <source>'%1' is not a repository name: lowercase letters and digits, joined by '.', '_', '-' or '/'</source>
        <translation>'%1' ist kein Repository-Name: Kleinbuchstaben und Ziffern, verbunden durch '.', '_', '-' oder '/'</translation>
    </message>
    <message>
        <source>'%1' is not a tag</source>
        <translation>'%1' ist kein Tag</translation>
    </message>
    <message>
        <source>'%1' is not a tag: letters, digits, '.', '_' and '-', at most 128, not starting with '.' or '-'</source>
        <translation>'%1' ist kein Tag: Buchstaben, Ziffern, '.', '_' und '-', höchstens 128, nicht beginnend mit '.' oder '-'</translation>
    </message>
    <message>
        <source>; log in with docker login %1</source>
        <translation>; melden Sie sich mit docker login %1 an</translation>
    </message>
    <message>
        <source>a Crucible model has exactly one layer, its bundle; this manifest has %1</source>
        <translation>ein Crucible-Modell hat genau eine Schicht, sein Paket; dieses Manifest hat %1</translation>
    </message>
    <message>
        <source>a registry reference starts with oci:// (oci://HOST[:PORT]/REPOSITORY[:TAG])</source>
        <translation>ein Registry-Verweis beginnt mit oci:// (oci://HOST[:PORT]/REPOSITORY[:TAG])</translation>
    </message>
    <message>
        <source>cannot reach the registry %1: %2</source>
        <translation>die Registry %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>its %1 declares a size of %2 bytes, outside 1 to %3</source>
        <translation>sein %1 gibt eine Größe von %2 Bytes an, außerhalb von 1 bis %3</translation>
    </message>
    <message>
        <source>its %1 has no sha256 digest</source>
        <translation>sein %1 hat keinen sha256-Digest</translation>
    </message>
    <message>
        <source>its %1 is not a descriptor object</source>
        <translation>sein %1 ist kein Deskriptor-Objekt</translation>
    </message>
    <message>
        <source>its layer is of type '%1', not a Crucible bundle (%2)</source>
        <translation>seine Schicht ist vom Typ '%1', kein Crucible-Paket (%2)</translation>
    </message>
    <message>
        <source>name a tag to push to</source>
        <translation>nennen Sie ein Tag als Ziel</translation>
    </message>
    <message>
        <source>name the registry's host and a repository: oci://HOST[:PORT]/REPOSITORY</source>
        <translation>nennen Sie den Host der Registry und ein Repository: oci://HOST[:PORT]/REPOSITORY</translation>
    </message>
    <message>
        <source>plain HTTP is only for a registry on this machine (localhost, 127.0.0.1, ::1); %1 is reached over HTTPS</source>
        <translation>einfaches HTTP gilt nur für eine Registry auf diesem Rechner (localhost, 127.0.0.1, ::1); %1 wird über HTTPS erreicht</translation>
    </message>
    <message>
        <source>reading the bundle %1</source>
        <translation>Lesen des Pakets %1</translation>
    </message>
    <message>
        <source>reading the manifest %1</source>
        <translation>Lesen des Manifests %1</translation>
    </message>
    <message>
        <source>starting an upload</source>
        <translation>Starten eines Uploads</translation>
    </message>
    <message>
        <source>storing the manifest as %1</source>
        <translation>Speichern des Manifests als %1</translation>
    </message>
    <message>
        <source>the credential helper %1 that %2 names for %3 cannot be started: %4</source>
        <translation>der Credential-Helper %1, den %2 für %3 nennt, kann nicht gestartet werden: %4</translation>
    </message>
    <message>
        <source>the login for %1 is not base64 of USER:PASSWORD</source>
        <translation>die Anmeldung für %1 ist kein Base64 von USER:PASSWORT</translation>
    </message>
    <message>
        <source>the manifest is a %1, not an OCI image manifest holding a model (an image index or a Docker image?)</source>
        <translation>das Manifest ist ein %1, kein OCI-Image-Manifest mit einem Modell (ein Image-Index oder ein Docker-Image?)</translation>
    </message>
    <message>
        <source>the manifest is not of schema version 2</source>
        <translation>das Manifest hat nicht die Schemaversion 2</translation>
    </message>
    <message>
        <source>the registry %1 asks for a login; log in with docker login %1 (the login is read from %2)</source>
        <translation>die Registry %1 verlangt eine Anmeldung; melden Sie sich mit docker login %1 an (die Anmeldung wird aus %2 gelesen)</translation>
    </message>
    <message>
        <source>the registry %1 refused the login of %2</source>
        <translation>die Registry %1 hat die Anmeldung aus %2 abgelehnt</translation>
    </message>
    <message>
        <source>the registry answered HTTP %1 while %2: %3</source>
        <translation>die Registry antwortete mit HTTP %1 beim %2: %3</translation>
    </message>
    <message>
        <source>the registry asks for a login of a kind Crucible does not speak ('%1')</source>
        <translation>die Registry verlangt eine Anmeldung einer Art, die Crucible nicht beherrscht ('%1')</translation>
    </message>
    <message>
        <source>the registry has no %1 in %2</source>
        <translation>die Registry hat kein %1 in %2</translation>
    </message>
    <message>
        <source>the registry refused access to %1 (HTTP %2: %3); log in with docker login %4 or check the repository's permissions</source>
        <translation>die Registry hat den Zugriff auf %1 verweigert (HTTP %2: %3); melden Sie sich mit docker login %4 an oder prüfen Sie die Rechte des Repositorys</translation>
    </message>
    <message>
        <source>the registry refused its own token for %1</source>
        <translation>die Registry hat ihr eigenes Token für %1 abgelehnt</translation>
    </message>
    <message>
        <source>the registry sent %1 bytes with the digest %2, but the manifest names %3 bytes with %4; nothing was imported</source>
        <translation>die Registry sandte %1 Bytes mit dem Digest %2, das Manifest nennt aber %3 Bytes mit %4; nichts wurde importiert</translation>
    </message>
    <message>
        <source>the registry sent a manifest whose digest is %1, not the %2 asked for; nothing was imported</source>
        <translation>die Registry sandte ein Manifest mit dem Digest %1, nicht dem angefragten %2; nichts wurde importiert</translation>
    </message>
    <message>
        <source>the registry sent more than %1 bytes for %2</source>
        <translation>die Registry sandte mehr als %1 Bytes für %2</translation>
    </message>
    <message>
        <source>the registry stored the manifest under the digest %1, not %2</source>
        <translation>die Registry hat das Manifest unter dem Digest %1 gespeichert, nicht unter %2</translation>
    </message>
    <message>
        <source>the registry's manifest is not a JSON object</source>
        <translation>das Manifest der Registry ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the registry's token service %1 gave no token (HTTP %2)%3</source>
        <translation>der Token-Dienst %1 der Registry hat kein Token geliefert (HTTP %2)%3</translation>
    </message>
    <message>
        <source>the transfer was cancelled</source>
        <translation>die Übertragung wurde abgebrochen</translation>
    </message>
    <message>
        <source>this artifact is not a Crucible model (artifact type '%1', config '%2')</source>
        <translation>dieses Artefakt ist kein Crucible-Modell (Artefakttyp '%1', Konfiguration '%2')</translation>
    </message>
    <message>
        <source>uploading the blob %1 to %2</source>
        <translation>Hochladen des Blobs %1 nach %2</translation>
    </message>
    <message>
        <source>listing the tags</source>
        <translation>Auflisten der Tags</translation>
    </message>
    <message>
        <source>push to a tag (oci://HOST/REPOSITORY:TAG), not to a digest</source>
        <translation>pushen Sie an ein Tag (oci://HOST/REPOSITORY:TAG), nicht an einen Digest</translation>
    </message>
    <message>
        <source>the registry has no repository %1</source>
        <translation>die Registry hat kein Repository %1</translation>
    </message>
    <message>
        <source>%1 is not a port: ports go from 1 to 65535</source>
        <translation>%1 ist kein Port: Ports reichen von 1 bis 65535</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while Crucible waited for %3; it was given up</source>
        <translation>%1 hat %2 s lang nichts gesendet, während Crucible auf %3 wartete; aufgegeben</translation>
    </message>
    <message>
        <source>a registry reference holds no user or password (logins come from docker's configuration: docker login HOST)</source>
        <translation>eine Registry-Adresse enthält weder Benutzer noch Passwort (Anmeldungen kommen aus Dockers Konfiguration: docker login HOST)</translation>
    </message>
    <message>
        <source>an https:// address</source>
        <translation>eine https://-Adresse</translation>
    </message>
    <message>
        <source>following a redirect without a Location</source>
        <translation>beim Folgen einer Weiterleitung ohne Location</translation>
    </message>
    <message>
        <source>following more than five redirects</source>
        <translation>beim Folgen von mehr als fünf Weiterleitungen</translation>
    </message>
    <message>
        <source>the bundle's name cannot be pushed: %1</source>
        <translation>der Name des Bundles kann nicht hochgeladen werden: %1</translation>
    </message>
    <message>
        <source>the credential helper %1 did not answer within 30 s</source>
        <translation>das Anmeldehilfsprogramm %1 hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source>the download from %1 broke off: %2</source>
        <translation>der Download von %1 brach ab: %2</translation>
    </message>
    <message>
        <source>the registry sent Crucible on to %1, which is not %2; nothing was sent there</source>
        <translation>die Registry leitete Crucible an %1 weiter, was nicht %2 ist; dorthin wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the registry's token service %1 gave no token: %2</source>
        <translation>der Token-Dienst der Registry %1 gab kein Token: %2</translation>
    </message>
    <message>
        <source>the transfer was cancelled; nothing was imported</source>
        <translation>die Übertragung wurde abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1 moved less than %2 KiB in %3 s for %4; it was given up as too slow</source>
        <translation>%1 hat in %3 s weniger als %2 KiB für %4 übertragen; als zu langsam aufgegeben</translation>
    </message>
    <message>
        <source>on this machine (--plain-http keeps every request on it)</source>
        <translation>auf diesem Rechner (--plain-http hält jede Anfrage auf ihm)</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was registered</source>
        <translation>der Import wurde abgebrochen; nichts wurde registriert</translation>
    </message>
    <message>
        <source>the registry's token service %1 is not %2</source>
        <translation>der Token-Dienst der Registry %1 ist nicht %2</translation>
    </message>
    <message>
        <source>a workspace address must not hold a password, which would be kept in settings and shell history: put it in ~/.pgpass or PGPASSWORD instead</source>
        <translation>eine Arbeitsbereich-Adresse darf kein Passwort enthalten, es bliebe in den Einstellungen und im Shell-Verlauf: legen Sie es stattdessen in ~/.pgpass oder PGPASSWORD ab</translation>
    </message>
    <message>
        <source>a workspace address names one database after the host, as in postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER</source>
        <translation>eine Arbeitsbereich-Adresse nennt nach dem Host eine Datenbank, wie in postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER</translation>
    </message>
    <message>
        <source>a workspace address takes only objects= and sslmode=, not '%1'</source>
        <translation>eine Arbeitsbereich-Adresse nimmt nur objects= und sslmode=, nicht '%1'</translation>
    </message>
    <message>
        <source>a workspace cannot be copied into itself</source>
        <translation>ein Arbeitsbereich kann nicht in sich selbst kopiert werden</translation>
    </message>
    <message>
        <source>a workspace on PostgreSQL needs ?objects=/SHARED/FOLDER, an absolute path to the folder every machine sees for datasets, checkpoints, models and artifacts</source>
        <translation>ein Arbeitsbereich auf PostgreSQL braucht ?objects=/SHARED/FOLDER, einen absoluten Pfad zu dem Ordner, den jeder Rechner für Datensätze, Checkpoints, Modelle und Artefakte sieht</translation>
    </message>
    <message>
        <source>cannot connect to the PostgreSQL server: %1 (a password goes in ~/.pgpass or PGPASSWORD)</source>
        <translation>keine Verbindung zum PostgreSQL-Server: %1 (ein Passwort gehört in ~/.pgpass oder PGPASSWORD)</translation>
    </message>
    <message>
        <source>cannot put the copied file in place</source>
        <translation>die kopierte Datei kann nicht an ihren Platz gelegt werden</translation>
    </message>
    <message>
        <source>configuring the connection</source>
        <translation>Einrichten der Verbindung</translation>
    </message>
    <message>
        <source>connecting to the server again</source>
        <translation>erneutes Verbinden mit dem Server</translation>
    </message>
    <message>
        <source>copying was cancelled after the records; copy again to bring the rest of the files</source>
        <translation>das Kopieren wurde nach den Datensätzen abgebrochen; kopieren Sie erneut, um die übrigen Dateien zu holen</translation>
    </message>
    <message>
        <source>copying was cancelled; nothing was copied</source>
        <translation>das Kopieren wurde abgebrochen; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>Zählen der Zeilen von %1</translation>
    </message>
    <message>
        <source>linking runs to their parents</source>
        <translation>Verknüpfen der Läufe mit ihren Eltern</translation>
    </message>
    <message>
        <source>listening for other machines' changes</source>
        <translation>Lauschen auf Änderungen anderer Rechner</translation>
    </message>
    <message>
        <source>no workspace in this database yet (add --create to make one, or run 'crucible-cli workspace init' with this address)</source>
        <translation>noch kein Arbeitsbereich in dieser Datenbank (fügen Sie --create hinzu, um einen anzulegen, oder führen Sie 'crucible-cli workspace init' mit dieser Adresse aus)</translation>
    </message>
    <message>
        <source>numbering new rows of %1</source>
        <translation>Nummerieren neuer Zeilen von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>sslmode is one of: %1</source>
        <translation>sslmode ist eines von: %1</translation>
    </message>
    <message>
        <source>table %1 has no primary key</source>
        <translation>Tabelle %1 hat keinen Primärschlüssel</translation>
    </message>
    <message>
        <source>telling others of a change</source>
        <translation>Mitteilen einer Änderung an andere</translation>
    </message>
    <message>
        <source>the database server cannot be reached (while %1): %2</source>
        <translation>der Datenbankserver ist nicht erreichbar (beim %1): %2</translation>
    </message>
    <message>
        <source>the two workspaces have different schema versions (%1 and %2); open both with this Crucible first</source>
        <translation>die beiden Arbeitsbereiche haben verschiedene Schemaversionen (%1 und %2); öffnen Sie zuerst beide mit diesem Crucible</translation>
    </message>
    <message>
        <source>the workspace to copy into already holds another row of %1 with %2 (its %3 differs); nothing was copied. Copy into an empty workspace, or into one copied from this one.</source>
        <translation>der Ziel-Arbeitsbereich hat schon eine andere Zeile von %1 mit %2 (ihr %3 weicht ab); nichts wurde kopiert. Kopieren Sie in einen leeren Arbeitsbereich oder in einen, der aus diesem kopiert wurde.</translation>
    </message>
    <message>
        <source>the workspace to copy into has no column %1.%2</source>
        <translation>der Ziel-Arbeitsbereich hat keine Spalte %1.%2</translation>
    </message>
    <message>
        <source>the workspace to copy into has no table %1</source>
        <translation>der Ziel-Arbeitsbereich hat keine Tabelle %1</translation>
    </message>
    <message>
        <source>the workspace to copy into is read-only</source>
        <translation>der Ziel-Arbeitsbereich ist schreibgeschützt</translation>
    </message>
    <message>
        <source>this Crucible cannot reach PostgreSQL: Qt's PostgreSQL driver is not installed (Debian: apt install libqt6sql6-psql)</source>
        <translation>dieses Crucible erreicht PostgreSQL nicht: der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: apt install libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>this is not a workspace address of the form postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER</source>
        <translation>das ist keine Arbeitsbereich-Adresse der Form postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER</translation>
    </message>
    <message>
        <source>writing %1</source>
        <translation>Schreiben von %1</translation>
    </message>
    <message>
        <source>%1 The records and files are copied; 'models list' on each side shows which models were not.</source>
        <translation>%1 Die Datensätze und Dateien sind kopiert; 'models list' zeigt auf beiden Seiten, welche Modelle es nicht sind.</translation>
    </message>
    <message>
        <source>%1 The records are copied; copy again once it can be, to bring the rest of the files.</source>
        <translation>%1 Die Datensätze sind kopiert; kopieren Sie erneut, sobald es geht, um die übrigen Dateien zu holen.</translation>
    </message>
    <message>
        <source>a workspace address has no #fragment (a # in the shared folder's path is written %23)</source>
        <translation>eine Arbeitsbereich-Adresse hat kein #Fragment (ein # im Pfad des geteilten Ordners wird %23 geschrieben)</translation>
    </message>
    <message>
        <source>a workspace address names one shared folder (objects=), not two</source>
        <translation>eine Arbeitsbereich-Adresse nennt einen geteilten Ordner (objects=), nicht zwei</translation>
    </message>
    <message>
        <source>cannot create this folder (check permissions, free space and the length of its name)</source>
        <translation>dieser Ordner kann nicht angelegt werden (prüfen Sie Berechtigungen, freien Platz und die Länge seines Namens)</translation>
    </message>
    <message>
        <source>cannot read this file to copy it</source>
        <translation>diese Datei kann zum Kopieren nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot write in this folder of the workspace to copy into (check permissions and free space); nothing was copied</source>
        <translation>in diesem Ordner des Ziel-Arbeitsbereichs kann nicht geschrieben werden (prüfen Sie Berechtigungen und freien Platz); nichts wurde kopiert</translation>
    </message>
    <message>
        <source>cannot write this file (check permissions and free space)</source>
        <translation>diese Datei kann nicht geschrieben werden (prüfen Sie Berechtigungen und freien Platz)</translation>
    </message>
    <message>
        <source>copying does not know the workspace table %1; nothing was copied</source>
        <translation>das Kopieren kennt die Arbeitsbereich-Tabelle %1 nicht; nichts wurde kopiert</translation>
    </message>
    <message>
        <source>creating the workspace's tables (the database role needs the right to create tables in it)</source>
        <translation>Anlegen der Tabellen des Arbeitsbereichs (die Datenbankrolle braucht das Recht, darin Tabellen anzulegen)</translation>
    </message>
    <message>
        <source>the database gave no reason (its connection may have been lost)</source>
        <translation>die Datenbank nannte keinen Grund (ihre Verbindung ist vielleicht verloren)</translation>
    </message>
    <message>
        <source>the workspace to copy into already holds a row of %1 with the same name as this one's (%2) under another id; nothing was copied. Rename one of the two, or copy into an empty workspace.</source>
        <translation>der Ziel-Arbeitsbereich hat schon eine Zeile von %1 mit demselben Namen wie diese (%2) unter einer anderen ID; nichts wurde kopiert. Benennen Sie eine der beiden um oder kopieren Sie in einen leeren Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1: rank 0's rendezvous at %2 could not be reached within %3 s (dist_timeout): %4</source>
        <translation>%1: Der Treffpunkt von Rang 0 unter %2 war innerhalb von %3 s nicht erreichbar (dist_timeout): %4</translation>
    </message>
    <message>
        <source>%1: the exchange with the other workers failed (a worker stopped, died, or did not answer within %2 s, dist_timeout): %3</source>
        <translation>%1: Der Austausch mit den anderen Workern ist fehlgeschlagen (ein Worker wurde angehalten, ist abgestürzt oder hat nicht innerhalb von %2 s geantwortet, dist_timeout): %3</translation>
    </message>
    <message>
        <source>%1: the rendezvous at %2 did not gather all %3 workers within %4 s (dist_timeout): %5</source>
        <translation>%1: Am Treffpunkt %2 fanden sich nicht alle %3 Worker innerhalb von %4 s ein (dist_timeout): %5</translation>
    </message>
    <message>
        <source>'%1' is not usable for a data-parallel run: %2</source>
        <translation>'%1' ist für einen datenparallelen Lauf nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>crucible-cli, which runs the other processes of a data-parallel run, is not installed beside this program or on PATH</source>
        <translation>crucible-cli, das die anderen Prozesse eines datenparallelen Laufs ausführt, ist weder neben diesem Programm noch im PATH installiert</translation>
    </message>
    <message>
        <source>is not set, but a data-parallel launch needs it</source>
        <translation>ist nicht gesetzt, wird aber für einen datenparallelen Start gebraucht</translation>
    </message>
    <message>
        <source>is not set: name the host of rank 0, where the workers meet (the sbatch script of train --emit slurm sets it)</source>
        <translation>ist nicht gesetzt: Nennen Sie den Host von Rang 0, an dem sich die Worker treffen (das sbatch-Skript von train --emit slurm setzt ihn)</translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation>keine ganze Zahl</translation>
    </message>
    <message>
        <source>outside %1 to %2</source>
        <translation>außerhalb von %1 bis %2</translation>
    </message>
    <message>
        <source>rank %1 of the data-parallel run could not start: %2</source>
        <translation>Rang %1 des datenparallelen Laufs ließ sich nicht starten: %2</translation>
    </message>
    <message>
        <source>the master address '%1' cannot be resolved: %2</source>
        <translation>Die Master-Adresse '%1' lässt sich nicht auflösen: %2</translation>
    </message>
    <message>
        <source>there is no route from this host to the master address '%1'</source>
        <translation>Von diesem Host führt kein Weg zur Master-Adresse '%1'</translation>
    </message>
    <message>
        <source>%1: stopped while waiting for the other workers</source>
        <translation>%1: beim Warten auf die anderen Worker angehalten</translation>
    </message>
    <message>
        <source>%1: the %2 process group could not be formed through %3 within %4 s (dist_timeout): %5</source>
        <translation>%1: Die %2-Prozessgruppe ließ sich über %3 nicht innerhalb von %4 s bilden (dist_timeout): %5</translation>
    </message>
    <message>
        <source>%1: the workers did not all meet at %2 within twice %3 s (dist_timeout): a worker is missing, or what answers there is not rank 0's rendezvous</source>
        <translation>%1: Die Worker haben sich nicht innerhalb von zweimal %3 s alle unter %2 getroffen (dist_timeout): Ein Worker fehlt, oder was dort antwortet, ist nicht der Treffpunkt von Rang 0</translation>
    </message>
    <message>
        <source>cannot make a log file for rank %1: %2</source>
        <translation>Für Rang %1 lässt sich keine Protokolldatei anlegen: %2</translation>
    </message>
    <message>
        <source>give an absolute path (the files become PATH.rank0, PATH.rank1, ...)</source>
        <translation>Geben Sie einen absoluten Pfad an (die Dateien heißen dann PFAD.rank0, PFAD.rank1, ...)</translation>
    </message>
    <message>
        <source>this LibTorch has no NCCL (a CPU build): use CRUCIBLE_DIST_BACKEND=gloo</source>
        <translation>Dieses LibTorch hat kein NCCL (ein CPU-Build): Verwenden Sie CRUCIBLE_DIST_BACKEND=gloo</translation>
    </message>
    <message>
        <source>use gloo or nccl</source>
        <translation>Verwenden Sie gloo oder nccl</translation>
    </message>
    <message>
        <source>a worker did not reach the shared-memory exchange within %1 s</source>
        <translation>Ein Worker hat den Austausch über gemeinsamen Speicher nicht innerhalb von %1 s erreicht</translation>
    </message>
    <message>
        <source>rank 0 named no shared memory of its workers</source>
        <translation>Rang 0 hat keinen gemeinsamen Speicher seiner Worker genannt</translation>
    </message>
    <message>
        <source>rank 0's shared memory cannot be opened here: %1</source>
        <translation>Der gemeinsame Speicher von Rang 0 kann hier nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>shared memory for the workers of this host cannot be made: %1</source>
        <translation>Gemeinsamer Speicher für die Worker dieses Hosts kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>shared memory for the workers of this host cannot hold %1 MB: %2</source>
        <translation>Gemeinsamer Speicher für die Worker dieses Hosts kann keine %1 MB aufnehmen: %2</translation>
    </message>
    <message>
        <source>the shared memory found here is not rank 0's (another host's /dev/shm)</source>
        <translation>Der hier gefundene gemeinsame Speicher ist nicht der von Rang 0 (das /dev/shm eines anderen Hosts)</translation>
    </message>
    <message>
        <source>worker rank %1 (process %2) ended</source>
        <translation>Worker mit Rang %1 (Prozess %2) wurde beendet</translation>
    </message>
    <message>
        <source>worker rank %1 is outside a world of %2</source>
        <translation>Worker mit Rang %1 liegt außerhalb einer Welt von %2</translation>
    </message>
</context>
<context>
    <name>FieldAxis</name>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (bester Wert)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>reference (training data)</source>
        <translation>Referenz (Trainingsdaten)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
</context>
<context>
    <name>RegistryTasks</name>
    <message>
        <source>Cannot import this bundle: %1</source>
        <translation>Dieses Paket kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <source>This bundle is in the registry already, as %1; nothing was added.</source>
        <translation>Dieses Paket ist bereits als %1 in der Registry; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Cannot export %1 to %2: %3</source>
        <translation>%1 kann nicht nach %2 exportiert werden: %3</translation>
    </message>
</context>
<context>
    <name>crucible::AboutDialog</name>
    <message>
        <source>About Crucible</source>
        <translation>Über Crucible</translation>
    </message>
    <message>
        <source>A desktop workbench for machine-learning experiments: load data, train LibTorch models while their curves draw live, compare runs and export versioned models.</source>
        <translation>Eine Werkbank für Experimente mit maschinellem Lernen: Daten laden, LibTorch-Modelle trainieren und dabei die Kurven live verfolgen, Läufe vergleichen und versionierte Modelle exportieren.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>LibTorch</source>
        <translation>LibTorch</translation>
    </message>
    <message>
        <source>BLAS</source>
        <translation>BLAS</translation>
    </message>
    <message>
        <source>CUDA</source>
        <translation>CUDA</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>crucible::ColumnProfileView</name>
    <message>
        <source>integer</source>
        <translation>ganzzahlig</translation>
    </message>
    <message>
        <source>numeric</source>
        <translation>numerisch</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>boolesch</translation>
    </message>
    <message>
        <source>categorical</source>
        <translation>kategorial</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Std. deviation</source>
        <translation>Standardabweichung</translation>
    </message>
    <message>
        <source>5 %</source>
        <translation>5 %</translation>
    </message>
    <message>
        <source>25 %</source>
        <translation>25 %</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>75 %</source>
        <translation>75 %</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95 %</translation>
    </message>
    <message numerus="yes">
        <source>Histogram (%n bin(s))</source>
        <translation><numerusform>Histogramm (%n Bin)</numerusform><numerusform>Histogramm (%n Bins)</numerusform></translation>
    </message>
    <message>
        <source>Most frequent values</source>
        <translation>Häufigste Werte</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>date and time (UTC)</source>
        <translation>Datum und Uhrzeit (UTC)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>crucible::CompareModel</name>
    <message>
        <source>Cannot read the runs to compare: %1</source>
        <translation>Die zu vergleichenden Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read metric %1: %2</source>
        <translation>Die Metrik %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n run(s))</source>
        <translation><numerusform>%1 (%n Lauf)</numerusform><numerusform>%1 (%n Läufe)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Reading %1 of %n run(s)…</source>
        <translation><numerusform>%1 von %n Lauf wird gelesen…</numerusform><numerusform>%1 von %n Läufen wird gelesen…</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::ComparePage</name>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Choose the metrics charted</source>
        <translation>Die in Diagrammen gezeigten Metriken auswählen</translation>
    </message>
    <message>
        <source>X axis:</source>
        <translation>X-Achse:</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Wall time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Relative time</source>
        <translation>Relative Zeit</translation>
    </message>
    <message>
        <source>Smoothing:</source>
        <translation>Glättung:</translation>
    </message>
    <message>
        <source>Debiased exponential moving average over the full series (0: raw)</source>
        <translation>Bias-korrigierter exponentieller gleitender Mittelwert über die gesamte Reihe (0: Rohwerte)</translation>
    </message>
    <message>
        <source>Log y</source>
        <translation>Y logarithmisch</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Draw runs that share params as one mean curve with a band</source>
        <translation>Läufe mit gleichen Parametern als eine Mittelwertkurve mit Band zeichnen</translation>
    </message>
    <message>
        <source>Mean ± std</source>
        <translation>Mittelwert ± Std.-Abw.</translation>
    </message>
    <message>
        <source>Min – max</source>
        <translation>Min – Max</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Einzelläufe</translation>
    </message>
    <message>
        <source>Draw each group's runs faintly behind its mean</source>
        <translation>Die Läufe jeder Gruppe blass hinter ihrem Mittelwert zeichnen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Parallel coordinates</source>
        <translation>Parallele Koordinaten</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>Drag along an axis to keep only the runs in that range; click the axis to clear</source>
        <translation>Entlang einer Achse ziehen, um nur die Läufe in diesem Bereich zu behalten; auf die Achse klicken, um die Auswahl aufzuheben</translation>
    </message>
    <message>
        <source>Only what differs</source>
        <translation>Nur Unterschiede</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>Select runs on the Runs page and choose Compare Selected (Ctrl+Shift+C), or Compare All Matching the Filter (Ctrl+Alt+C).</source>
        <translation>Markieren Sie Läufe auf der Seite „Läufe“ und wählen Sie „Auswahl vergleichen“ (Strg+Umschalt+C) oder „Alle Treffer des Filters vergleichen“ (Strg+Alt+C).</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation><numerusform>%n Lauf</numerusform><numerusform>%n Läufe</numerusform></translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>wall time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>time since the run's first point</source>
        <translation>Zeit seit dem ersten Punkt des Laufs</translation>
    </message>
    <message>
        <source>Run colour</source>
        <translation>Farbe des Laufs</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s) (brushed)</source>
        <translation><numerusform>%1 von %n Lauf (eingegrenzt)</numerusform><numerusform>%1 von %n Läufen (eingegrenzt)</numerusform></translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Keine Gruppierung</translation>
    </message>
    <message>
        <source>All params but the seed</source>
        <translation>Alle Parameter außer dem Seed</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Save as PNG (2x)…</source>
        <translation>Als PNG speichern (2x) …</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern …</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Drawn Series as CSV…</source>
        <translation>Gezeichnete Reihen als CSV exportieren …</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>There is no chart of %1.</source>
        <translation>Es gibt kein Diagramm für %1.</translation>
    </message>
    <message>
        <source>Colour by dataset</source>
        <translation>Nach Datensatz färben</translation>
    </message>
    <message>
        <source>When the runs come from more than one dataset: a colour per dataset, its runs in shades of it</source>
        <translation>Wenn die Läufe aus mehr als einem Datensatz stammen: eine Farbe je Datensatz, seine Läufe in deren Abstufungen</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>kein Datensatz</translation>
    </message>
    <message>
        <source>coloured by dataset: %1</source>
        <translation>nach Datensatz gefärbt: %1</translation>
    </message>
    <message numerus="yes">
        <source>from %n dataset(s): %1</source>
        <translation><numerusform>aus %n Datensatz: %1</numerusform><numerusform>aus %n Datensätzen: %1</numerusform></translation>
    </message>
    <message>
        <source>A&amp;xes…</source>
        <translation>A&amp;chsen …</translation>
    </message>
    <message>
        <source>Choose and order the axes</source>
        <translation>Achsen wählen und ordnen</translation>
    </message>
</context>
<context>
    <name>crucible::DatasetTableModel</name>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>crucible::DatasetsPage</name>
    <message>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>Regression</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>Klassifikation</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file, an image folder or IDX files</source>
        <translation>Eine CSV- oder TSV-Datei, einen Bildordner oder IDX-Dateien importieren</translation>
    </message>
    <message>
        <source>Add &amp;Samples…</source>
        <translation>&amp;Beispiele hinzufügen …</translation>
    </message>
    <message>
        <source>Add built-in sample datasets: Fashion-MNIST, Iris, Wine and more</source>
        <translation>Mitgelieferte Beispieldatensätze hinzufügen: Fashion-MNIST, Iris, Wine und mehr</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No datasets yet&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Noch keine Datensätze&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import a CSV or TSV file, a folder of images with one subfolder per class, or MNIST-style IDX files. You can also drop them here, or start with the samples.</source>
        <translation>Importieren Sie eine CSV- oder TSV-Datei, einen Bildordner mit einem Unterordner pro Klasse oder IDX-Dateien im MNIST-Stil. Sie können die Dateien auch hier ablegen oder mit den Beispielen beginnen.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Add Samples…</source>
        <translation>Beispiele hinzufügen …</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1, %2, target %3</source>
        <translation>%1, %2, Ziel %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; loading…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;nbsp;·&amp;nbsp; wird geladen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='color:#c0392b'&gt;Cannot show this version: %2&lt;/span&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;span style='color:#c0392b'&gt;Diese Version kann nicht angezeigt werden: %2&lt;/span&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%1 images of %2×%3, %n channel(s)</source>
        <translation><numerusform>%1 Bilder mit %2×%3 Pixeln, %n Kanal</numerusform><numerusform>%1 Bilder mit %2×%3 Pixeln, %n Kanäle</numerusform></translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation>%1 Zeilen × %2 Spalten</translation>
    </message>
    <message>
        <source>&lt;b style='font-size:large'&gt;%1&lt;/b&gt; &amp;nbsp;&lt;code&gt;%2&lt;/code&gt;&lt;br&gt;%3 · target &lt;b&gt;%4&lt;/b&gt; (%5) · imported %6 from %7</source>
        <translation>&lt;b style='font-size:large'&gt;%1&lt;/b&gt; &amp;nbsp;&lt;code&gt;%2&lt;/code&gt;&lt;br&gt;%3 · Ziel &lt;b&gt;%4&lt;/b&gt; (%5) · importiert am %6 aus %7</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Data files (*.csv *.tsv *.tab *.txt *.gz *-ubyte);;All files (*)</source>
        <translation>Datendateien (*.csv *.tsv *.tab *.txt *.gz *-ubyte);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import running</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Wait for the running import to finish, or cancel it.</source>
        <translation>Warten Sie, bis der laufende Import abgeschlossen ist, oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert …</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n sample(s)…</source>
        <translation><numerusform>%n Beispieldatensatz wird hinzugefügt …</numerusform><numerusform>%n Beispieldatensätze werden hinzugefügt …</numerusform></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was added.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The import failed; nothing was added.
%1</source>
        <translation>Der Import ist fehlgeschlagen; es wurde nichts hinzugefügt.
%1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>%1 is unchanged: no new version</source>
        <translation>%1 ist unverändert: keine neue Version</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>&amp;Export Version…</source>
        <translation>Version &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write the version shown as a CSV file, or its images as a folder per label</source>
        <translation>Die angezeigte Version als CSV-Datei schreiben oder ihre Bilder als Ordner je Klasse</translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation>Version &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the version shown from the workspace</source>
        <translation>Die angezeigte Version aus dem Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Export %1 to an Empty Folder</source>
        <translation>%1 in einen leeren Ordner exportieren</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>%1 could not be exported: %2</source>
        <translation>%1 konnte nicht exportiert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation><numerusform>%n Zeile von %1 nach %2 exportiert</numerusform><numerusform>%n Zeilen von %1 nach %2 exportiert</numerusform></translation>
    </message>
    <message>
        <source>Delete Dataset Version</source>
        <translation>Datensatzversion löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (%n row(s)) from the workspace? The file it came from is not touched.</source>
        <translation><numerusform>%1 (%n Zeile) aus dem Arbeitsbereich löschen? Die Datei, aus der sie stammt, bleibt unberührt.</numerusform><numerusform>%1 (%n Zeilen) aus dem Arbeitsbereich löschen? Die Datei, aus der sie stammt, bleibt unberührt.</numerusform></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>%1

Delete it anyway? Those runs keep their records, but lose the link to their data and cannot be rerun.</source>
        <translation>%1

Trotzdem löschen? Diese Läufe behalten ihre Aufzeichnungen, verlieren aber die Verbindung zu ihren Daten und lassen sich nicht wiederholen.</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %1; %n run(s) keep their records without it.</source>
        <translation><numerusform>%1 gelöscht; %n Lauf behält seine Aufzeichnungen ohne sie.</numerusform><numerusform>%1 gelöscht; %n Läufe behalten ihre Aufzeichnungen ohne sie.</numerusform></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>crucible::ImageGridModel</name>
    <message>
        <source>Image %1: %2</source>
        <translation>Bild %1: %2</translation>
    </message>
</context>
<context>
    <name>crucible::ImportDialog</name>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>The column the model learns to predict</source>
        <translation>Die Spalte, die das Modell vorherzusagen lernt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>This file cannot be imported:
%1</source>
        <translation>Diese Datei kann nicht importiert werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>An image folder with %n class folder(s): %1. Images are resized to their most common size.</source>
        <translation><numerusform>Ein Bildordner mit %n Klassenordner: %1. Die Bilder werden auf ihre häufigste Größe skaliert.</numerusform><numerusform>Ein Bildordner mit %n Klassenordnern: %1. Die Bilder werden auf ihre häufigste Größe skaliert.</numerusform></translation>
    </message>
    <message>
        <source>These files cannot be imported:
%1</source>
        <translation>Diese Dateien können nicht importiert werden:
%1</translation>
    </message>
    <message>
        <source> (test split)</source>
        <translation> (Test-Split)</translation>
    </message>
    <message>
        <source>IDX image and label files: %1.</source>
        <translation>IDX-Bild- und -Label-Dateien: %1.</translation>
    </message>
    <message>
        <source>Crucible cannot tell what this is. Import a CSV or TSV file, a folder with one subfolder of images per class, or MNIST-style IDX files.</source>
        <translation>Crucible kann nicht erkennen, worum es sich handelt. Importieren Sie eine CSV- oder TSV-Datei, einen Ordner mit einem Bild-Unterordner pro Klasse oder IDX-Dateien im MNIST-Stil.</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>Datei ablehnen</translation>
    </message>
    <message>
        <source>Read them as missing</source>
        <translation>Als fehlend lesen</translation>
    </message>
    <message>
        <source>Keep the column as text</source>
        <translation>Spalte als Text behalten</translation>
    </message>
    <message>
        <source>A column of numbers with a few other values ("12kg", "n.a."): the import says which and where, reads them as missing, or keeps the whole column as text</source>
        <translation>Eine Zahlenspalte mit einigen anderen Werten („12kg“, „k. A.“): der Import nennt sie mit Fundstelle, liest sie als fehlend oder behält die ganze Spalte als Text</translation>
    </message>
    <message>
        <source>Numbers beyond a 32-bit float (about ±3.4e38, such as 1e39) or infinite</source>
        <translation>Zahlen jenseits eines 32-Bit-Floats (etwa ±3,4e38, etwa 1e39) oder unendlich</translation>
    </message>
    <message>
        <source>Text among &amp;numbers:</source>
        <translation>Text unter &amp;Zahlen:</translation>
    </message>
    <message>
        <source>Numbers too &amp;large:</source>
        <translation>Zu &amp;große Zahlen:</translation>
    </message>
    <message>
        <source>The import would refuse this file:
%1
Choose what to do with text among numbers, or correct the file.</source>
        <translation>Der Import würde diese Datei ablehnen:
%1
Wählen Sie, was mit Text unter Zahlen geschehen soll, oder korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <source>gzip-compressed</source>
        <translation>gzip-komprimiert</translation>
    </message>
    <message>
        <source>zstd-compressed</source>
        <translation>zstd-komprimiert</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>durch Tabulatoren getrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>durch Semikolons getrennt</translation>
    </message>
    <message>
        <source>pipe-separated</source>
        <translation>durch senkrechte Striche getrennt</translation>
    </message>
    <message>
        <source>separated by spaces</source>
        <translation>durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>separated by '%1'</source>
        <translation>durch „%1“ getrennt</translation>
    </message>
    <message>
        <source>single quotes</source>
        <translation>einfache Anführungszeichen</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>header on line %1</source>
        <translation>Kopfzeile in Zeile %1</translation>
    </message>
    <message>
        <source>Spaces (one or more)</source>
        <translation>Leerzeichen (eines oder mehrere)</translation>
    </message>
    <message>
        <source>Point ( 1.5 )</source>
        <translation>Punkt ( 1.5 )</translation>
    </message>
    <message>
        <source>Comma ( 1,5 )</source>
        <translation>Komma ( 1,5 )</translation>
    </message>
    <message>
        <source>How numbers write their fraction; with a decimal comma, a point groups thousands (1.234,5)</source>
        <translation>Wie Zahlen ihre Nachkommastellen schreiben; beim Dezimalkomma gruppiert ein Punkt die Tausender (1.234,5)</translation>
    </message>
    <message>
        <source>Double ( " )</source>
        <translation>Doppelt ( " )</translation>
    </message>
    <message>
        <source>Single ( ' )</source>
        <translation>Einfach ( ' )</translation>
    </message>
    <message>
        <source>The line with the column names, when title or comment lines come first</source>
        <translation>Die Zeile mit den Spaltennamen, wenn Titel- oder Kommentarzeilen vorangehen</translation>
    </message>
    <message>
        <source>&amp;Quote:</source>
        <translation>&amp;Anführungszeichen:</translation>
    </message>
    <message>
        <source>&amp;Header on line:</source>
        <translation>&amp;Kopfzeile in Zeile:</translation>
    </message>
    <message>
        <source>Decimal &amp;mark:</source>
        <translation>&amp;Dezimalzeichen:</translation>
    </message>
    <message numerus="yes">
        <source>First %n row(s) as they will be read (%2). Columns: %1.</source>
        <translation><numerusform>Die erste %n Zeile, wie sie gelesen wird (%2). Spalten: %1.</numerusform><numerusform>Die ersten %n Zeilen, wie sie gelesen werden (%2). Spalten: %1.</numerusform></translation>
    </message>
    <message>
        <source>Day first ( 31/12/2024 )</source>
        <translation>Tag zuerst ( 31/12/2024 )</translation>
    </message>
    <message>
        <source>Month first ( 12/31/2024 )</source>
        <translation>Monat zuerst ( 12/31/2024 )</translation>
    </message>
    <message>
        <source>Not as dates</source>
        <translation>Nicht als Datum</translation>
    </message>
    <message>
        <source>Columns of dates and times (2024-12-31, 31.12.2024 18:30) are read as such. Where the values do not show whether the day or the month comes first (03/04/2024), say which.</source>
        <translation>Spalten mit Datum und Uhrzeit (2024-12-31, 31.12.2024 18:30) werden als solche gelesen. Wo die Werte nicht zeigen, ob Tag oder Monat zuerst steht (03/04/2024), hier angeben.</translation>
    </message>
    <message>
        <source>Dat&amp;es:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>Read as text: %1</source>
        <translation>Als Text gelesen: %1</translation>
    </message>
</context>
<context>
    <name>crucible::ImportanceBars</name>
    <message>
        <source>Importance needs at least four complete trials.</source>
        <translation>Die Wichtigkeit braucht mindestens vier abgeschlossene Versuche.</translation>
    </message>
</context>
<context>
    <name>crucible::MainWindow</name>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU: %1</source>
        <translation>CPU: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logical core(s); training uses %1 thread(s)</source>
        <translation><numerusform>%n logischer Kern; das Training nutzt %1 Thread(s)</numerusform><numerusform>%n logische Kerne; das Training nutzt %1 Thread(s)</numerusform></translation>
    </message>
    <message>
        <source>LibTorch %1</source>
        <translation>LibTorch %1</translation>
    </message>
    <message>
        <source>BLAS: %1</source>
        <translation>BLAS: %1</translation>
    </message>
    <message>
        <source>Training runs about 10x slower on the reference BLAS. Install the package libopenblas0-pthread.</source>
        <translation>Mit der Referenz-BLAS läuft das Training etwa zehnmal langsamer. Installieren Sie das Paket libopenblas0-pthread.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>Kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Datasets</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Runs</source>
        <translation>&amp;Läufe</translation>
    </message>
    <message>
        <source>Re&amp;gistry</source>
        <translation>Re&amp;gistry</translation>
    </message>
    <message>
        <source>Import, browse and profile datasets</source>
        <translation>Datensätze importieren, durchsehen und profilieren</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Ein Modell trainieren</translation>
    </message>
    <message>
        <source>Browse and compare runs</source>
        <translation>Läufe durchsehen und vergleichen</translation>
    </message>
    <message>
        <source>Registered models</source>
        <translation>Registrierte Modelle</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open or create a workspace folder</source>
        <translation>Einen Arbeitsbereich-Ordner öffnen oder anlegen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Crucible</source>
        <translation>Ü&amp;ber Crucible</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Crucible — %1</source>
        <translation>Crucible — %1</translation>
    </message>
    <message>
        <source>Crucible</source>
        <translation>Crucible</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The workspace could not be opened; the current one stays open.

%1</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden; der aktuelle bleibt geöffnet.

%1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Training in progress</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A run is training. Stop it (a checkpoint is kept, so you can resume it later) and quit?</source>
        <translation>Ein Lauf trainiert gerade. Möchten Sie ihn stoppen (ein Checkpoint bleibt erhalten, sodass Sie ihn später fortsetzen können) und beenden?</translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation>%1 registriert</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>Compare runs side by side: charts, groups, params</source>
        <translation>Läufe nebeneinander vergleichen: Diagramme, Gruppen, Parameter</translation>
    </message>
    <message>
        <source>%1 · training on %2, %3 in use</source>
        <translation>%1 · Training auf %2, %3 belegt</translation>
    </message>
    <message>
        <source>Workspace: %1 (read-only)</source>
        <translation>Arbeitsbereich: %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>You may not write this workspace: you can browse datasets, runs and models, but not import, train or edit.</source>
        <translation>Sie dürfen diesen Arbeitsbereich nicht beschreiben: Datensätze, Läufe und Modelle können Sie ansehen, aber nicht importieren, trainieren oder bearbeiten.</translation>
    </message>
    <message numerus="yes">
        <source>Serving %n model(s)</source>
        <translation><numerusform>%n Modell wird bereitgestellt</numerusform><numerusform>%n Modelle werden bereitgestellt</numerusform></translation>
    </message>
    <message>
        <source>&amp;Serving</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <source>Models served over HTTP: requests, latency, errors</source>
        <translation>Über HTTP bereitgestellte Modelle: Anfragen, Latenz, Fehler</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>Ü&amp;berwachung</translation>
    </message>
    <message>
        <source>Drift: is the data a model sees still the data it learned from?</source>
        <translation>Drift: Sind die Daten, die ein Modell sieht, noch die, aus denen es gelernt hat?</translation>
    </message>
    <message>
        <source>No pipeline run trained %1.</source>
        <translation>Kein Pipeline-Lauf hat %1 trainiert.</translation>
    </message>
    <message>
        <source>&amp;Pipelines</source>
        <translation>&amp;Pipelines</translation>
    </message>
    <message>
        <source>Pipelines: from new data to a promoted model, without hands</source>
        <translation>Pipelines: von neuen Daten zum freigegebenen Modell, ohne Handgriff</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <source>Models in production, work running now, recent runs and alerts</source>
        <translation>Modelle in Produktion, laufende Arbeit, neue Läufe und Meldungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>S&amp;weeps</source>
        <translation>S&amp;weeps</translation>
    </message>
    <message>
        <source>Hyperparameter sweeps: search recipes, stop poor trials early, keep the best</source>
        <translation>Hyperparameter-Sweeps: Rezepte durchsuchen, schwache Versuche früh beenden, den besten behalten</translation>
    </message>
    <message>
        <source>The MLflow tracking server could not start: %1</source>
        <translation>Der MLflow-Tracking-Server konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>the workspace is read-only</source>
        <translation>der Arbeitsbereich ist schreibgeschützt</translation>
    </message>
    <message>
        <source>MLflow: %1</source>
        <translation>MLflow: %1</translation>
    </message>
    <message>
        <source>Python scripts log into this workspace with
export MLFLOW_TRACKING_URI=%1</source>
        <translation>Python-Skripte protokollieren in diesen Arbeitsbereich mit
export MLFLOW_TRACKING_URI=%1</translation>
    </message>
    <message>
        <source>MLflow: not serving</source>
        <translation>MLflow: nicht aktiv</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>There is no file or folder “%1”.</source>
        <translation>Es gibt keine Datei und keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>Import Model Bundle</source>
        <translation>Modellpaket importieren</translation>
    </message>
    <message>
        <source>Import the model bundle “%1” into the registry?

Its checksums and model are verified first; nothing is added when they do not hold.</source>
        <translation>Das Modellpaket „%1“ in die Registry importieren?

Prüfsummen und Modell werden zuerst geprüft; stimmen sie nicht, wird nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Open S&amp;hared Workspace…</source>
        <translation>&amp;Geteilten Arbeitsbereich öffnen …</translation>
    </message>
    <message>
        <source>Open a workspace on a PostgreSQL server that a team shares</source>
        <translation>Einen Arbeitsbereich auf einem PostgreSQL-Server öffnen, den ein Team teilt</translation>
    </message>
    <message>
        <source>Open Shared Workspace</source>
        <translation>Geteilten Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A workspace on a PostgreSQL server that a team shares, and the folder every machine sees for its files:
postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER

The password goes in ~/.pgpass or PGPASSWORD, never in the address.</source>
        <translation>Ein Arbeitsbereich auf einem PostgreSQL-Server, den ein Team teilt, und der Ordner, den jeder Rechner für seine Dateien sieht:
postgresql://USER@HOST[:PORT]/DATABASE?objects=/SHARED/FOLDER

Das Passwort gehört in ~/.pgpass oder PGPASSWORD, nie in die Adresse.</translation>
    </message>
    <message>
        <source>A shared workspace's address starts with postgresql://. For a folder, use Open Workspace.</source>
        <translation>Die Adresse eines geteilten Arbeitsbereichs beginnt mit postgresql://. Für einen Ordner nehmen Sie „Arbeitsbereich öffnen“.</translation>
    </message>
</context>
<context>
    <name>crucible::MetricChart</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation><numerusform>+%n weitere</numerusform><numerusform>+%n weitere</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… und %n weitere</numerusform><numerusform>… und %n weitere</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::MonitorPage</name>
    <message>
        <source>Choose the Current Data</source>
        <translation>Aktuelle Daten wählen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Drift Policy</source>
        <translation>Drift-Richtlinie wählen</translation>
    </message>
    <message>
        <source>Drift policies (*.json);;All files (*)</source>
        <translation>Drift-Richtlinien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>A registered model: NAME@VERSION, NAME@ALIAS or NAME (its latest version)</source>
        <translation>Ein registriertes Modell: NAME@VERSION, NAME@ALIAS oder NAME (seine neueste Version)</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <source>Dataset version</source>
        <translation>Datensatzversion</translation>
    </message>
    <message>
        <source>Serving log</source>
        <translation>Serving-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>A dataset version of this workspace: NAME@HASH</source>
        <translation>Eine Datensatzversion dieses Arbeitsbereichs: NAME@HASH</translation>
    </message>
    <message>
        <source>The prediction log of a model served from this workspace</source>
        <translation>Das Vorhersageprotokoll eines aus diesem Arbeitsbereich bereitgestellten Modells</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
    <message>
        <source>whole log</source>
        <translation>ganzes Protokoll</translation>
    </message>
    <message>
        <source>Rows per window (500) or a time span (30m, 1h, 1d): drift becomes a series</source>
        <translation>Zeilen je Fenster (500) oder eine Zeitspanne (30m, 1h, 1d): Drift wird zur Zeitreihe</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>Default: numbers drift at a Wasserstein distance of 0.2 standard deviations, categories at PSI 0.25, where the test gives p &lt; 0.05</source>
        <translation>Standard: Zahlen driften ab einer Wasserstein-Distanz von 0,2 Standardabweichungen, Kategorien ab PSI 0,25, wo der Test p &lt; 0,05 ergibt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Check &amp;Drift</source>
        <translation>&amp;Drift prüfen</translation>
    </message>
    <message>
        <source>Compare the data with the model's training data (%1)</source>
        <translation>Die Daten mit den Trainingsdaten des Modells vergleichen (%1)</translation>
    </message>
    <message>
        <source>Check Drift</source>
        <translation>Drift prüfen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the report as HTML or PDF (%1)</source>
        <translation>Den Bericht als HTML oder PDF speichern (%1)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Merkmal</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
    </message>
    <message>
        <source>W (sd) / JS</source>
        <translation>W (sd) / JS</translation>
    </message>
    <message>
        <source>Shift (sd)</source>
        <translation>Versatz (sd)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>The policy's statistic and its value</source>
        <translation>Die Statistik der Richtlinie und ihr Wert</translation>
    </message>
    <message>
        <source>Population stability index on the reference's deciles or categories</source>
        <translation>Population Stability Index auf den Dezilen oder Kategorien der Referenz</translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov (numbers) or chi-square (categories) p-value</source>
        <translation>p-Wert nach Kolmogorow-Smirnow (Zahlen) oder Chi-Quadrat (Kategorien)</translation>
    </message>
    <message>
        <source>Wasserstein distance in reference standard deviations, or Jensen-Shannon distance</source>
        <translation>Wasserstein-Distanz in Standardabweichungen der Referenz, oder Jensen-Shannon-Distanz</translation>
    </message>
    <message>
        <source>Change of the mean in reference standard deviations, or new categories</source>
        <translation>Änderung des Mittelwerts in Standardabweichungen der Referenz, oder neue Kategorien</translation>
    </message>
    <message>
        <source>Share of missing values now</source>
        <translation>Anteil fehlender Werte jetzt</translation>
    </message>
    <message>
        <source>Reference (grey) and current (orange) shares per bin</source>
        <translation>Anteile je Klasse: Referenz (grau) und aktuell (orange)</translation>
    </message>
    <message>
        <source>Pick a model and the data it sees now, then Check Drift.</source>
        <translation>Wählen Sie ein Modell und die Daten, die es jetzt sieht, dann „Drift prüfen“.</translation>
    </message>
    <message>
        <source>Drift per window</source>
        <translation>Drift je Fenster</translation>
    </message>
    <message>
        <source>window start</source>
        <translation>Fensterbeginn</translation>
    </message>
    <message>
        <source>Listing models and data</source>
        <translation>Modelle und Daten auflisten</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Pick a model and the data to compare with it.</source>
        <translation>Wählen Sie ein Modell und die Daten, die damit verglichen werden sollen.</translation>
    </message>
    <message>
        <source>Window: give rows (500) or a time span (30m, 1h, 1d).</source>
        <translation>Fenster: Zeilen (500) oder eine Zeitspanne (30m, 1h, 1d) angeben.</translation>
    </message>
    <message>
        <source>Checking %1 against %2…</source>
        <translation>Prüfe %1 gegen %2…</translation>
    </message>
    <message>
        <source>Checking drift of %1</source>
        <translation>Drift von %1 prüfen</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignoriert</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>neu: %1</translation>
    </message>
    <message>
        <source>Mean %1 → %2 (%3 standard deviations); reference standard deviation %4</source>
        <translation>Mittelwert %1 → %2 (%3 Standardabweichungen); Standardabweichung der Referenz %4</translation>
    </message>
    <message>
        <source>Kolmogorov-Smirnov %1, p = %2 (%3); Wasserstein %4 (%5 sd); PSI %6</source>
        <translation>Kolmogorow-Smirnow %1, p = %2 (%3); Wasserstein %4 (%5 sd); PSI %6</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exakt</translation>
    </message>
    <message>
        <source>asymptotic</source>
        <translation>asymptotisch</translation>
    </message>
    <message>
        <source>χ² %1 with %2 degrees of freedom, p = %3; Jensen-Shannon %4; PSI %5</source>
        <translation>χ² %1 mit %2 Freiheitsgraden, p = %3; Jensen-Shannon %4; PSI %5</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) in categories never seen in training: %1</source>
        <translation><numerusform>%n Wert in Kategorien, die im Training nie vorkamen: %1</numerusform><numerusform>%n Werte in Kategorien, die im Training nie vorkamen: %1</numerusform></translation>
    </message>
    <message>
        <source>Missing %1 % → %2 %; %3 values now, %4 in the reference</source>
        <translation>Fehlend %1 % → %2 %; jetzt %3 Werte, %4 in der Referenz</translation>
    </message>
    <message>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <source>drift threshold (%1)</source>
        <translation>Drift-Schwelle (%1)</translation>
    </message>
    <message>
        <source>warning threshold (%1)</source>
        <translation>Warnschwelle (%1)</translation>
    </message>
    <message>
        <source>Check drift first: there is no report yet.</source>
        <translation>Prüfen Sie zuerst auf Drift: Es gibt noch keinen Bericht.</translation>
    </message>
    <message>
        <source>Export Drift Report</source>
        <translation>Drift-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html);;PDF (*.pdf)</source>
        <translation>HTML (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>No features to compare.</source>
        <translation>Keine Merkmale zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 moved %2 standard deviations</source>
        <translation>%1 hat sich um %2 Standardabweichungen verschoben</translation>
    </message>
    <message>
        <source>%1 changed shape (Wasserstein distance %2 standard deviations)</source>
        <translation>%1 hat die Form geändert (Wasserstein-Distanz %2 Standardabweichungen)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n feature(s) drifted; %2</source>
        <translation><numerusform>%1 von %n Merkmal gedriftet; %2</numerusform><numerusform>%1 von %n Merkmalen gedriftet; %2</numerusform></translation>
    </message>
    <message>
        <source>(the policy calls drift from %1 drifted features)</source>
        <translation>(die Richtlinie meldet Drift ab %1 gedrifteten Merkmalen)</translation>
    </message>
    <message numerus="yes">
        <source>No drift: 0 of %n feature(s) drifted, %1 with a warning; %2</source>
        <translation><numerusform>Keine Drift: 0 von %n Merkmal gedriftet, %1 mit Warnung; %2</numerusform><numerusform>Keine Drift: 0 von %n Merkmalen gedriftet, %1 mit Warnung; %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>No drift: 0 of %n feature(s) drifted</source>
        <translation><numerusform>Keine Drift: 0 von %n Merkmal gedriftet</numerusform><numerusform>Keine Drift: 0 von %n Merkmalen gedriftet</numerusform></translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>Choose a Folder of Images</source>
        <translation>Bildordner wählen</translation>
    </message>
    <message>
        <source>File or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>The current data: a CSV with the model's columns, or a folder of images</source>
        <translation>Die aktuellen Daten: eine CSV mit den Spalten des Modells oder ein Bilderordner</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>&amp;Ordner…</translation>
    </message>
    <message>
        <source>A folder of images, for an image model</source>
        <translation>Ein Ordner mit Bildern, für ein Bildmodell</translation>
    </message>
    <message>
        <source>Jensen-Shannon %1; PSI %2</source>
        <translation>Jensen-Shannon %1; PSI %2</translation>
    </message>
    <message>
        <source>%1 changed (PSI %2)</source>
        <translation>%1 hat sich geändert (PSI %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 changed (PSI %2, new categories: %n)</source>
        <translation><numerusform>%1 hat sich geändert (PSI %2, neue Kategorien: %n)</numerusform><numerusform>%1 hat sich geändert (PSI %2, neue Kategorien: %n)</numerusform></translation>
    </message>
    <message>
        <source>Choose the Labels</source>
        <translation>Labels wählen</translation>
    </message>
    <message>
        <source>Labels (optional): a CSV of id and label</source>
        <translation>Labels (optional): eine CSV mit id und label</translation>
    </message>
    <message>
        <source>Labels that arrived later, joined to the log by request id: accuracy and F1 (or MSE, MAE, R²) per window</source>
        <translation>Später eingetroffene Labels, über die Anfrage-ID mit dem Protokoll verbunden: Genauigkeit und F1 (oder MSE, MAE, R²) je Fenster</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>&amp;Labels…</translation>
    </message>
    <message>
        <source>Performance per window (labelled rows)</source>
        <translation>Leistung je Fenster (Zeilen mit Label)</translation>
    </message>
    <message>
        <source>%1 on the test split (%2)</source>
        <translation>%1 auf dem Testanteil (%2)</translation>
    </message>
    <message>
        <source>predicted value</source>
        <translation>vorhergesagter Wert</translation>
    </message>
    <message>
        <source>The predictions drifted too: %1</source>
        <translation>Auch die Vorhersagen sind gedriftet: %1</translation>
    </message>
    <message>
        <source>the predicted value</source>
        <translation>der vorhergesagte Wert</translation>
    </message>
    <message>
        <source>the predicted class</source>
        <translation>die vorhergesagte Klasse</translation>
    </message>
    <message>
        <source>reference (the test split's predictions)</source>
        <translation>Referenz (Vorhersagen auf dem Testanteil)</translation>
    </message>
    <message>
        <source>&amp;Retrain…</source>
        <translation>&amp;Neu trainieren…</translation>
    </message>
    <message>
        <source>Set up a pipeline that retrains this model on new data, checks it against the current version and promotes it when it is better</source>
        <translation>Eine Pipeline einrichten, die dieses Modell mit neuen Daten neu trainiert, gegen die aktuelle Version prüft und es befördert, wenn es besser ist</translation>
    </message>
</context>
<context>
    <name>crucible::OciDialog</name>
    <message>
        <source>Push %1@%2 to a Registry</source>
        <translation>%1@%2 in eine Registry pushen</translation>
    </message>
    <message>
        <source>Pull a Model from a Registry</source>
        <translation>Ein Modell aus einer Registry holen</translation>
    </message>
    <message>
        <source>The bundle goes to an OCI registry (Docker Distribution, Harbor, GitHub, AWS, Azure, Artifactory) as an artifact, with the model's name, version and metrics on its manifest. Logins are Docker's: docker login HOST.</source>
        <translation>Das Paket geht als Artefakt in eine OCI-Registry (Docker Distribution, Harbor, GitHub, AWS, Azure, Artifactory), mit Name, Version und Metriken des Modells in seinem Manifest. Anmeldungen sind die von Docker: docker login HOST.</translation>
    </message>
    <message>
        <source>The model is checked against the registry's digests, verified like an imported bundle and added as a new version. Nothing is added when a check fails. Logins are Docker's: docker login HOST.</source>
        <translation>Das Modell wird gegen die Digests der Registry geprüft, wie ein importiertes Paket verifiziert und als neue Version hinzugefügt. Schlägt eine Prüfung fehl, wird nichts hinzugefügt. Anmeldungen sind die von Docker: docker login HOST.</translation>
    </message>
    <message>
        <source>Plain &amp;HTTP (only for a registry on this computer)</source>
        <translation>Einfaches &amp;HTTP (nur für eine Registry auf diesem Computer)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>no alias</source>
        <translation>kein Alias</translation>
    </message>
    <message>
        <source>stable, 2026-12</source>
        <translation>stable, 2026-12</translation>
    </message>
    <message>
        <source>More &amp;tags:</source>
        <translation>Weitere &amp;Tags:</translation>
    </message>
    <message>
        <source>The version number (%1) is the tag unless the address names one.</source>
        <translation>Die Versionsnummer (%1) ist das Tag, wenn die Adresse keines nennt.</translation>
    </message>
    <message>
        <source>&amp;List Tags</source>
        <translation>Tags auf&amp;listen</translation>
    </message>
    <message>
        <source>Read the tags of the repository in the address</source>
        <translation>Die Tags des Repositorys in der Adresse lesen</translation>
    </message>
    <message>
        <source>Tags in the registry:</source>
        <translation>Tags in der Registry:</translation>
    </message>
    <message>
        <source>the bundle's own name</source>
        <translation>der eigene Name des Pakets</translation>
    </message>
    <message>
        <source>Register as &amp;name:</source>
        <translation>Registrieren als &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Pushen</translation>
    </message>
    <message>
        <source>P&amp;ull</source>
        <translation>H&amp;olen</translation>
    </message>
    <message>
        <source>Plain HTTP is only for a registry on this computer; %1 is reached over HTTPS.</source>
        <translation>Einfaches HTTP gilt nur für eine Registry auf diesem Computer; %1 wird über HTTPS erreicht.</translation>
    </message>
    <message>
        <source>Push to a tag, not to a digest.</source>
        <translation>Pushen Sie an ein Tag, nicht an einen Digest.</translation>
    </message>
    <message>
        <source>“%1” is not a tag: letters, digits, '.', '_' and '-', at most 128.</source>
        <translation>„%1“ ist kein Tag: Buchstaben, Ziffern, '.', '_' und '-', höchstens 128.</translation>
    </message>
    <message>
        <source>Reading the tags of %1…</source>
        <translation>Die Tags von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 wird aufgelistet</translation>
    </message>
    <message>
        <source>The repository has no tags.</source>
        <translation>Das Repository hat keine Tags.</translation>
    </message>
    <message>
        <source>Also tag the al&amp;ias:</source>
        <translation>Auch den Al&amp;ias taggen:</translation>
    </message>
</context>
<context>
    <name>crucible::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read everything again (%1)</source>
        <translation>Alles neu lesen (%1)</translation>
    </message>
    <message>
        <source>Models in production</source>
        <translation>Modelle in Produktion</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Neueste Läufe</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open it where it belongs</source>
        <translation>Doppelklick auf eine Zeile oder Eingabetaste öffnet sie dort, wo sie hingehört</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <source>Reading the overview</source>
        <translation>Übersicht wird gelesen</translation>
    </message>
    <message>
        <source>drifted</source>
        <translation>gedriftet</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>no drift</source>
        <translation>keine Drift</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Open %1 on the Registry page</source>
        <translation>%1 auf der Seite Registry öffnen</translation>
    </message>
    <message>
        <source>Check it on the Monitor page</source>
        <translation>Auf der Seite Monitor prüfen</translation>
    </message>
    <message>
        <source>%1
checked %2</source>
        <translation>%1
geprüft %2</translation>
    </message>
    <message>
        <source>No model has an alias yet. Register a run's model on the Runs page and give a version an alias such as "production".</source>
        <translation>Noch kein Modell hat einen Alias. Registrieren Sie das Modell eines Laufs auf der Seite Läufe und geben Sie einer Version einen Alias wie "production".</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Pipeline %1</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>Nothing is running. Train a model on the Train page.</source>
        <translation>Nichts läuft. Trainieren Sie ein Modell auf der Seite Training.</translation>
    </message>
    <message>
        <source>%1, created %2</source>
        <translation>%1, erstellt %2</translation>
    </message>
    <message>
        <source>No runs yet. Import a dataset or load the samples (File menu), then train on the Train page.</source>
        <translation>Noch keine Läufe. Importieren Sie einen Datensatz oder laden Sie die Beispiele (Menü Datei) und trainieren Sie dann auf der Seite Training.</translation>
    </message>
    <message>
        <source>Drift: %1</source>
        <translation>Drift: %1</translation>
    </message>
    <message>
        <source>Drift warning: %1</source>
        <translation>Drift-Warnung: %1</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>Lauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pipeline failed: %1</source>
        <translation>Pipeline fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No alerts in the last 7 days.</source>
        <translation>Keine Meldungen in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>unknown verdict (%1)</source>
        <translation>unbekanntes Urteil (%1)</translation>
    </message>
    <message>
        <source>Run interrupted: %1</source>
        <translation>Lauf unterbrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more failed or interrupted run(s)</source>
        <translation><numerusform>… und %n weiterer fehlgeschlagener oder unterbrochener Lauf</numerusform><numerusform>… und %n weitere fehlgeschlagene oder unterbrochene Läufe</numerusform></translation>
    </message>
    <message>
        <source>Show them on the Runs page</source>
        <translation>Auf der Seite Läufe zeigen</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>crucible::ParallelAxesDialog</name>
    <message>
        <source>Axes</source>
        <translation>Achsen</translation>
    </message>
    <message>
        <source>Check the axes to draw. Drag a row, or press Alt+Up or Alt+Down, to move it.</source>
        <translation>Haken Sie die zu zeichnenden Achsen an. Ziehen Sie eine Zeile oder drücken Sie Alt+Hoch oder Alt+Runter, um sie zu verschieben.</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>De&amp;faults</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>Move the axis left (Alt+Up)</source>
        <translation>Achse nach links verschieben (Alt+Hoch)</translation>
    </message>
    <message>
        <source>Move the axis right (Alt+Down)</source>
        <translation>Achse nach rechts verschieben (Alt+Runter)</translation>
    </message>
    <message>
        <source>The parameters that vary and the metric the lines are coloured by</source>
        <translation>Die Parameter, die sich unterscheiden, und die Metrik, nach der die Linien gefärbt sind</translation>
    </message>
</context>
<context>
    <name>crucible::ParallelCoordinatesView</name>
    <message>
        <source>Compare runs that differ in a param to see them here.</source>
        <translation>Vergleichen Sie Läufe, die sich in einem Parameter unterscheiden, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>%1
%2 to %3</source>
        <translation>%1
%2 bis %3</translation>
    </message>
</context>
<context>
    <name>crucible::ParamsTableModel</name>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation>%1 (bester Wert)</translation>
    </message>
    <message>
        <source>%1 (last)</source>
        <translation>%1 (letzter Wert)</translation>
    </message>
</context>
<context>
    <name>crucible::PipelineFormDialog</name>
    <message>
        <source>New Pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>none (cron, such as 0 3 * * * for 03:00 daily)</source>
        <translation>keiner (cron, etwa 0 3 * * * für täglich 03:00)</translation>
    </message>
    <message>
        <source>the last column</source>
        <translation>die letzte Spalte</translation>
    </message>
    <message>
        <source>Train only when the data drifted from production's</source>
        <translation>Nur trainieren, wenn die Daten von denen der Produktion abgedriftet sind</translation>
    </message>
    <message>
        <source>none (a file to append a JSON line to after every run)</source>
        <translation>keines (eine Datei, an die nach jedem Lauf eine JSON-Zeile angehängt wird)</translation>
    </message>
    <message>
        <source>Pipeline &amp;name:</source>
        <translation>Pipeline-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Watched folder:</source>
        <translation>Über&amp;wachter Ordner:</translation>
    </message>
    <message>
        <source>S&amp;chedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>&amp;Dataset name:</source>
        <translation>&amp;Datensatzname:</translation>
    </message>
    <message>
        <source>&amp;Target column:</source>
        <translation>Ziel&amp;spalte:</translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation>M&amp;odell:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>Gate &amp;metric:</source>
        <translation>Prüf&amp;metrik:</translation>
    </message>
    <message>
        <source>At &amp;least (at most for mse, mae):</source>
        <translation>Minde&amp;stens (höchstens bei mse, mae):</translation>
    </message>
    <message>
        <source>Better than production &amp;by:</source>
        <translation>Besser als die Produktion &amp;um:</translation>
    </message>
    <message>
        <source>&amp;Register as:</source>
        <translation>&amp;Registrieren als:</translation>
    </message>
    <message>
        <source>&amp;Intended use:</source>
        <translation>&amp;Verwendungszweck:</translation>
    </message>
    <message>
        <source>Move &amp;aliases:</source>
        <translation>&amp;Aliasse setzen:</translation>
    </message>
    <message>
        <source>&amp;Notify log:</source>
        <translation>&amp;Benachrichtigungsprotokoll:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The pipeline file&lt;/b&gt; (edit it further on the Pipelines page)</source>
        <translation>&lt;b&gt;Die Pipeline-Datei&lt;/b&gt; (auf der Seite Pipelines weiter bearbeiten)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message numerus="yes">
        <source>Valid: %n step(s).</source>
        <translation><numerusform>Gültig: %n Schritt.</numerusform><numerusform>Gültig: %n Schritte.</numerusform></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save Pipeline</source>
        <translation>Pipeline speichern</translation>
    </message>
    <message>
        <source>Pipeline files (*.yaml *.yml)</source>
        <translation>Pipeline-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Edit Pipeline</source>
        <translation>Pipeline bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Apply to the File</source>
        <translation>In die Datei &amp;übernehmen</translation>
    </message>
</context>
<context>
    <name>crucible::PipelineGraph</name>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Open a pipeline file, or pick a run, to see its steps.</source>
        <translation>Öffnen Sie eine Pipeline-Datei oder wählen Sie einen Lauf, um seine Schritte zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation><numerusform>%n Versuch</numerusform><numerusform>%n Versuche</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::PipelinesPage</name>
    <message>
        <source>&amp;Open Pipeline…</source>
        <translation>Pipeline ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Pipeline…</source>
        <translation>&amp;Neue Pipeline…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>List a pipeline file (YAML) on this page</source>
        <translation>Eine Pipeline-Datei (YAML) auf dieser Seite aufführen</translation>
    </message>
    <message>
        <source>Run the selected pipeline now</source>
        <translation>Die gewählte Pipeline jetzt ausführen</translation>
    </message>
    <message>
        <source>Continue the selected run at the step that did not finish</source>
        <translation>Den gewählten Lauf bei dem Schritt fortsetzen, der nicht fertig wurde</translation>
    </message>
    <message>
        <source>Stop the running pipeline; resume it later</source>
        <translation>Die laufende Pipeline anhalten; später fortsetzen</translation>
    </message>
    <message>
        <source>Check the pipeline file: every problem with its line</source>
        <translation>Die Pipeline-Datei prüfen: jedes Problem mit seiner Zeile</translation>
    </message>
    <message>
        <source>Save the pipeline file</source>
        <translation>Die Pipeline-Datei speichern</translation>
    </message>
    <message>
        <source>Run triggers while open</source>
        <translation>Auslöser ausführen, solange geöffnet</translation>
    </message>
    <message>
        <source>Act on the pipelines' schedules, watched folders and drift while the workbench is open, as crucible-cli pipeline daemon does</source>
        <translation>Auf Zeitpläne, überwachte Ordner und Drift der Pipelines reagieren, solange die Workbench geöffnet ist, wie es crucible-cli pipeline daemon tut</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pipelines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pipelines&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Runs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Läufe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Next trigger</source>
        <translation>Nächster Auslöser</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Pipeline file *</source>
        <translation>Pipeline-Datei *</translation>
    </message>
    <message>
        <source>Pipeline file</source>
        <translation>Pipeline-Datei</translation>
    </message>
    <message>
        <source>The selected pipeline's YAML file. New Pipeline writes one from the documented example.</source>
        <translation>Die YAML-Datei der gewählten Pipeline. „Neue Pipeline“ schreibt eine aus dem dokumentierten Beispiel.</translation>
    </message>
    <message>
        <source>Reading pipelines</source>
        <translation>Pipelines werden gelesen</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>(file not listed)</source>
        <translation>(Datei nicht aufgeführt)</translation>
    </message>
    <message>
        <source>(cannot read the file)</source>
        <translation>(Datei nicht lesbar)</translation>
    </message>
    <message>
        <source>new file in %1</source>
        <translation>neue Datei in %1</translation>
    </message>
    <message>
        <source>drift of %1</source>
        <translation>Drift von %1</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>never run</source>
        <translation>nie gelaufen</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>outputs reused: its inputs are unchanged since an earlier run</source>
        <translation>Ausgaben wiederverwendet: die Eingaben sind seit einem früheren Lauf unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s)</source>
        <translation><numerusform>%n Versuch</numerusform><numerusform>%n Versuche</numerusform></translation>
    </message>
    <message>
        <source>(no log)</source>
        <translation>(kein Protokoll)</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n step(s).</source>
        <translation><numerusform>Keine Probleme: %n Schritt.</numerusform><numerusform>Keine Probleme: %n Schritte.</numerusform></translation>
    </message>
    <message>
        <source>This pipeline has no file to save to; use New Pipeline.</source>
        <translation>Diese Pipeline hat keine Datei zum Speichern; verwenden Sie „Neue Pipeline“.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1; it has problems (listed below the file).</source>
        <translation>%1 gespeichert; die Datei hat Probleme (unter ihr aufgeführt).</translation>
    </message>
    <message>
        <source>Pipeline files (*.yaml *.yml)</source>
        <translation>Pipeline-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open Pipeline</source>
        <translation>Pipeline öffnen</translation>
    </message>
    <message>
        <source>Running pipeline %1</source>
        <translation>Pipeline %1 läuft</translation>
    </message>
    <message>
        <source>Resuming pipeline %1</source>
        <translation>Pipeline %1 wird fortgesetzt</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Resuming run %1…</source>
        <translation>Lauf %1 wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Stopping after the current step's work… Resume continues the run later.</source>
        <translation>Anhalten nach der Arbeit des aktuellen Schritts… „Fortsetzen“ setzt den Lauf später fort.</translation>
    </message>
    <message>
        <source>Checking pipeline triggers</source>
        <translation>Pipeline-Auslöser werden geprüft</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Removed %1 from the list; the file and its runs are kept.</source>
        <translation>%1 aus der Liste entfernt; die Datei und ihre Läufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Write a new pipeline file from a form: data, model, gate and aliases</source>
        <translation>Eine neue Pipeline-Datei aus einem Formular schreiben: Daten, Modell, Prüfung und Aliasse</translation>
    </message>
    <message>
        <source>Edit in &amp;Form…</source>
        <translation>Im &amp;Formular bearbeiten…</translation>
    </message>
    <message>
        <source>Edit a pipeline made with the form in the form again; the YAML follows</source>
        <translation>Eine mit dem Formular erstellte Pipeline wieder im Formular bearbeiten; das YAML folgt</translation>
    </message>
    <message>
        <source>Fix the file's problems first (listed below it).</source>
        <translation>Beheben Sie zuerst die Probleme der Datei (unter ihr aufgeführt).</translation>
    </message>
    <message>
        <source>This pipeline has steps or keys the form does not show; edit its YAML here.</source>
        <translation>Diese Pipeline hat Schritte oder Schlüssel, die das Formular nicht zeigt; bearbeiten Sie ihr YAML hier.</translation>
    </message>
    <message>
        <source>The form's changes are in the file below; save them with Ctrl+S.</source>
        <translation>Die Änderungen aus dem Formular stehen in der Datei unten; speichern Sie sie mit Strg+S.</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>new file</source>
        <translation>neue Datei</translation>
    </message>
    <message>
        <source>drift</source>
        <translation>Drift</translation>
    </message>
</context>
<context>
    <name>crucible::PlaceholderPage</name>
    <message>
        <source>Coming here:</source>
        <translation>Hier entsteht:</translation>
    </message>
</context>
<context>
    <name>crucible::PredictDialog</name>
    <message>
        <source>Predict</source>
        <translation>Vorhersagen</translation>
    </message>
    <message>
        <source>-predictions</source>
        <translation>-vorhersagen</translation>
    </message>
    <message>
        <source>NAME@VERSION, NAME@ALIAS, NAME (its latest version) or the path of a .crucible file</source>
        <translation>NAME@VERSION, NAME@ALIAS, NAME (die neueste Version) oder der Pfad einer .crucible-Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Predict (Ctrl+Enter)</source>
        <translation>Vorhersagen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Input:</source>
        <translation>&amp;Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Output CSV:</source>
        <translation>Ausgabe-&amp;CSV:</translation>
    </message>
    <message>
        <source>Reading the model…</source>
        <translation>Modell wird gelesen …</translation>
    </message>
    <message>
        <source>a folder of images (the model takes %1)</source>
        <translation>ein Bildordner (das Modell erwartet %1)</translation>
    </message>
    <message>
        <source>a CSV or TSV file with the columns %1</source>
        <translation>eine CSV- oder TSV-Datei mit den Spalten %1</translation>
    </message>
    <message>
        <source>%1: a %2 model trained on %3. Input: %4.</source>
        <translation>%1: ein %2-Modell, trainiert auf %3. Eingabe: %4.</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Bildordner</translation>
    </message>
    <message>
        <source>CSV or TSV file</source>
        <translation>CSV- oder TSV-Datei</translation>
    </message>
    <message>
        <source>Choose a Folder of Images</source>
        <translation>Bildordner wählen</translation>
    </message>
    <message>
        <source>Choose the Input Table</source>
        <translation>Eingabetabelle wählen</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Predictions As</source>
        <translation>Vorhersagen speichern unter</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Predicting with %1…</source>
        <translation>Vorhersage mit %1 läuft …</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot predict: %1</source>
        <translation>Vorhersage nicht möglich: %1</translation>
    </message>
    <message>
        <source>prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message numerus="yes">
        <source>Predicted %n row(s) with %1 into %2.</source>
        <translation><numerusform>%n Zeile mit %1 vorhergesagt und in %2 gespeichert.</numerusform><numerusform>%n Zeilen mit %1 vorhergesagt und in %2 gespeichert.</numerusform></translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
</context>
<context>
    <name>crucible::RecipeForm</name>
    <message>
        <source>The dataset version to train on</source>
        <translation>Die Datensatzversion, auf der trainiert wird</translation>
    </message>
    <message>
        <source>A preset (auto picks one for the dataset), a compact form such as mlp:256,128 or cnn:32,64, or a JSON spec (Edit…)</source>
        <translation>Eine Vorlage (auto wählt eine passende für den Datensatz), eine Kurzform wie mlp:256,128 oder cnn:32,64 oder eine JSON-Spezifikation (Bearbeiten …)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Passes over the training split</source>
        <translation>Durchgänge über den Trainings-Split</translation>
    </message>
    <message>
        <source>Examples per optimizer step</source>
        <translation>Beispiele pro Optimiererschritt</translation>
    </message>
    <message>
        <source>Learning rate, for example 0.001 or 3e-4</source>
        <translation>Lernrate, zum Beispiel 0.001 oder 3e-4</translation>
    </message>
    <message>
        <source>Adam and AdamW adapt the step per weight; SGD uses momentum</source>
        <translation>Adam und AdamW passen die Schrittweite pro Gewicht an; SGD nutzt Momentum</translation>
    </message>
    <message>
        <source>SGD momentum</source>
        <translation>SGD-Momentum</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>L2 penalty (decoupled for AdamW)</source>
        <translation>L2-Strafterm (bei AdamW entkoppelt)</translation>
    </message>
    <message>
        <source>How the learning rate changes over the epochs</source>
        <translation>Wie sich die Lernrate über die Epochen ändert</translation>
    </message>
    <message>
        <source>Epochs of linear warm-up from 0 to the learning rate</source>
        <translation>Epochen mit linearem Warm-up von 0 bis zur Lernrate</translation>
    </message>
    <message>
        <source>Stop after this many epochs without a better validation loss; 0 never stops early</source>
        <translation>Nach so vielen Epochen ohne besseren Validierungsverlust stoppen; 0 stoppt nie vorzeitig</translation>
    </message>
    <message>
        <source>Largest gradient norm; 0 does not clip</source>
        <translation>Größte Gradientennorm; 0 begrenzt nicht</translation>
    </message>
    <message>
        <source>Seed of initialisation and shuffling</source>
        <translation>Seed für Initialisierung und Mischen</translation>
    </message>
    <message>
        <source>Deterministic</source>
        <translation>Deterministisch</translation>
    </message>
    <message>
        <source>Deterministic algorithms: the same seed gives identical results on the CPU</source>
        <translation>Deterministische Algorithmen: Derselbe Seed liefert auf der CPU identische Ergebnisse</translation>
    </message>
    <message>
        <source>auto trains on the GPU when one is available</source>
        <translation>auto trainiert auf der GPU, wenn eine vorhanden ist</translation>
    </message>
    <message>
        <source>LibTorch threads; 0 uses the Settings value</source>
        <translation>LibTorch-Threads; 0 verwendet den Wert aus den Einstellungen</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Epochs between checkpoints; 0 only on stop</source>
        <translation>Epochen zwischen Checkpoints; 0 nur beim Stoppen</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>&amp;Batch-Größe:</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>&amp;Lernrate:</translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation>&amp;Optimierer:</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>Momentum:</translation>
    </message>
    <message>
        <source>Weight decay:</source>
        <translation>Weight Decay:</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>Lernratenverlauf:</translation>
    </message>
    <message>
        <source>Warm-up epochs:</source>
        <translation>Warm-up-Epochen:</translation>
    </message>
    <message>
        <source>Early stopping:</source>
        <translation>Early Stopping:</translation>
    </message>
    <message>
        <source>Gradient clip:</source>
        <translation>Gradient Clipping:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <source>Checkpoint every:</source>
        <translation>Checkpoint alle:</translation>
    </message>
    <message>
        <source>Model Spec</source>
        <translation>Modellspezifikation</translation>
    </message>
    <message>
        <source>JSON, for example {"kind":"mlp","hidden":[256,128],"dropout":0.1}</source>
        <translation>JSON, zum Beispiel {"kind":"mlp","hidden":[256,128],"dropout":0.1}</translation>
    </message>
    <message>
        <source>Pro&amp;cesses:</source>
        <translation>Pro&amp;zesse:</translation>
    </message>
    <message>
        <source>Momentum, weight decay, schedule, early stopping, seed, device, threads, processes</source>
        <translation>Momentum, Weight Decay, Zeitplan, frühes Stoppen, Seed, Gerät, Threads, Prozesse</translation>
    </message>
    <message>
        <source>Data-parallel: train one run in this many processes on this machine, each on its share of every batch; they share the cores. Pausing is not available then.</source>
        <translation>Datenparallel: einen Lauf in so vielen Prozessen auf diesem Rechner trainieren, jeder mit seinem Anteil an jedem Batch; sie teilen sich die Kerne. Pausieren ist dann nicht möglich.</translation>
    </message>
</context>
<context>
    <name>crucible::RegisterModelDialog</name>
    <message>
        <source>Register Model</source>
        <translation>Modell registrieren</translation>
    </message>
    <message>
        <source>Packaging the run…</source>
        <translation>Lauf wird verpackt …</translation>
    </message>
    <message>
        <source>Optional: point this alias at the new version (moving it if it exists)</source>
        <translation>Optional: Diesen Alias auf die neue Version zeigen lassen (ein vorhandener Alias wird verschoben)</translation>
    </message>
    <message>
        <source>Who should use this model, for what, and for what not</source>
        <translation>Wer dieses Modell wofür verwenden sollte – und wofür nicht</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Intended use:</source>
        <translation>&amp;Verwendungszweck:</translation>
    </message>
    <message>
        <source>Model card preview:</source>
        <translation>Vorschau der Modellkarte:</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Run %1&lt;/b&gt; (%2) · %3 · dataset %4</source>
        <translation>&lt;b&gt;Lauf %1&lt;/b&gt; (%2) · %3 · Datensatz %4</translation>
    </message>
    <message>
        <source>Into the registry in %1</source>
        <translation>In die Registry in %1</translation>
    </message>
    <message>
        <source>Creates the model %1 with version 1.</source>
        <translation>Legt das Modell %1 mit Version 1 an.</translation>
    </message>
    <message numerus="yes">
        <source>Adds a version to %1 (it has %n version(s), latest v%2).</source>
        <translation><numerusform>Fügt %1 eine Version hinzu (bisher %n Version, neueste v%2).</numerusform><numerusform>Fügt %1 eine Version hinzu (bisher %n Versionen, neueste v%2).</numerusform></translation>
    </message>
    <message>
        <source>No alias.</source>
        <translation>Kein Alias.</translation>
    </message>
    <message>
        <source>%1 will point at the new version.</source>
        <translation>%1 wird auf die neue Version zeigen.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source>This run cannot be registered: %1</source>
        <translation>Dieser Lauf kann nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>No model card: this run cannot be registered.</source>
        <translation>Keine Modellkarte: Dieser Lauf kann nicht registriert werden.</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>%1 wird registriert …</translation>
    </message>
    <message>
        <source>Cannot register the model: %1</source>
        <translation>Das Modell kann nicht registriert werden: %1</translation>
    </message>
    <message>
        <source>Packaging run %1…</source>
        <translation>Lauf %1 wird verpackt…</translation>
    </message>
</context>
<context>
    <name>crucible::RegistryAliasDialog</name>
    <message>
        <source>Set Alias of %1</source>
        <translation>Alias für %1 setzen</translation>
    </message>
    <message>
        <source>production, staging, champion…</source>
        <translation>production, staging, champion …</translation>
    </message>
    <message>
        <source>&amp;Set Alias</source>
        <translation>Alias &amp;setzen</translation>
    </message>
    <message>
        <source>&amp;Remove Alias</source>
        <translation>Alias &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>&amp;Points at:</source>
        <translation>&amp;Zeigt auf:</translation>
    </message>
    <message>
        <source>Type an alias.</source>
        <translation>Geben Sie einen Alias ein.</translation>
    </message>
    <message>
        <source>Creates the alias &lt;b&gt;%1&lt;/b&gt; pointing at v%2.</source>
        <translation>Legt den Alias &lt;b&gt;%1&lt;/b&gt; an, der auf v%2 zeigt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; already points at v%2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zeigt bereits auf v%2.</translation>
    </message>
    <message>
        <source>Moves &lt;b&gt;%1&lt;/b&gt; from v%2 to v%3; the move is logged in the alias history.</source>
        <translation>Verschiebt &lt;b&gt;%1&lt;/b&gt; von v%2 auf v%3; die Verschiebung wird in der Alias-Historie protokolliert.</translation>
    </message>
</context>
<context>
    <name>crucible::RegistryModelView</name>
    <message>
        <source>Select two versions (Ctrl+click) to compare them</source>
        <translation>Zwei Versionen auswählen (Strg+Klick), um sie zu vergleichen</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s), latest v%1 · registry %2</source>
        <translation><numerusform>%n Version, neueste v%1 · Registry %2</numerusform><numerusform>%n Versionen, neueste v%1 · Registry %2</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::RegistryPage</name>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import a .crucible bundle; it is verified first (Ctrl+I)</source>
        <translation>Ein .crucible-Paket importieren; es wird zuerst geprüft (Strg+I)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>Save the selected version's bundle as a file (Ctrl+E)</source>
        <translation>Das Paket der ausgewählten Version als Datei speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Set &amp;Alias…</source>
        <translation>&amp;Alias setzen …</translation>
    </message>
    <message>
        <source>Set, move or remove an alias such as production (Ctrl+L)</source>
        <translation>Einen Alias wie production setzen, verschieben oder entfernen (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Delete Version</source>
        <translation>Version &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the selected version and its bundle (Delete)</source>
        <translation>Die ausgewählte Version und ihr Paket löschen (Entf)</translation>
    </message>
    <message>
        <source>&amp;Predict…</source>
        <translation>&amp;Vorhersagen …</translation>
    </message>
    <message>
        <source>Predict a CSV file or a folder of images with the selected version (Ctrl+Shift+P)</source>
        <translation>Mit der ausgewählten Version Vorhersagen für eine CSV-Datei oder einen Bildordner erstellen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the registry again (F5)</source>
        <translation>Die Registry neu einlesen (F5)</translation>
    </message>
    <message>
        <source>Cannot read the registry: %1</source>
        <translation>Die Registry kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The registry in %1 cannot be opened.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Choose another folder in Settings.</source>
        <translation>&lt;b&gt;Die Registry in %1 kann nicht geöffnet werden.&lt;/b&gt;&lt;br&gt;&lt;br&gt;%2&lt;br&gt;&lt;br&gt;Wählen Sie in den Einstellungen einen anderen Ordner.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No models in this registry yet&lt;/h3&gt;&lt;p&gt;To register a model, train a run, select it on the &lt;b&gt;Runs&lt;/b&gt; page and choose &lt;b&gt;Register Model…&lt;/b&gt; (or use &lt;b&gt;Register Model…&lt;/b&gt; on the Train page when a run has finished). From a terminal: &lt;code&gt;crucible-cli models register RUN --name NAME&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;You can also import a &lt;code&gt;.crucible&lt;/code&gt; bundle someone shared with you.&lt;/p&gt;&lt;p style="color:gray"&gt;Registry folder: %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Modelle in dieser Registry&lt;/h3&gt;&lt;p&gt;Um ein Modell zu registrieren, trainieren Sie einen Lauf, markieren ihn auf der Seite &lt;b&gt;Läufe&lt;/b&gt; und wählen &lt;b&gt;Modell registrieren …&lt;/b&gt; (oder Sie verwenden &lt;b&gt;Modell registrieren …&lt;/b&gt; auf der Seite „Training“, wenn ein Lauf abgeschlossen ist). Im Terminal: &lt;code&gt;crucible-cli models register RUN --name NAME&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;Sie können auch ein &lt;code&gt;.crucible&lt;/code&gt;-Paket importieren, das jemand mit Ihnen geteilt hat.&lt;/p&gt;&lt;p style="color:gray"&gt;Registry-Ordner: %1&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation><numerusform>%n Version</numerusform><numerusform>%n Versionen</numerusform></translation>
    </message>
    <message>
        <source>Cannot read the versions of %1: %2</source>
        <translation>Die Versionen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1@%2 now points at v%3.</source>
        <translation>%1@%2 zeigt jetzt auf v%3.</translation>
    </message>
    <message>
        <source>Cannot set the alias %1: %2</source>
        <translation>Der Alias %1 kann nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>Removed the alias %1 of %2.</source>
        <translation>Alias %1 von %2 entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove the alias %1: %2</source>
        <translation>Der Alias %1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Deleted %1@%2 and its bundle.</source>
        <translation>%1@%2 und sein Paket wurden gelöscht.</translation>
    </message>
    <message>
        <source>Cannot delete %1@%2: %3</source>
        <translation>%1@%2 kann nicht gelöscht werden: %3</translation>
    </message>
    <message>
        <source>Verifying and importing %1…</source>
        <translation>%1 wird geprüft und importiert …</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>Import Model Bundle</source>
        <translation>Modellpaket importieren</translation>
    </message>
    <message>
        <source>Crucible model bundles (*.crucible);;All files (*)</source>
        <translation>Crucible-Modellpakete (*.crucible);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Crucible model bundles (*.crucible)</source>
        <translation>Crucible-Modellpakete (*.crucible)</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Version löschen</translation>
    </message>
    <message>
        <source>Delete %1 and its bundle file? Its version number is never given to another version.</source>
        <translation>%1 und die zugehörige Paketdatei löschen? Die Versionsnummer wird nie an eine andere Version vergeben.</translation>
    </message>
    <message>
        <source>Cannot register: %1</source>
        <translation>Registrierung nicht möglich: %1</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation>%1 registriert.</translation>
    </message>
    <message>
        <source>&amp;Serve…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <source>Serve the selected version, or an alias of it, as an HTTP API with live charts (Ctrl+Shift+S)</source>
        <translation>Die gewählte Version oder einen ihrer Aliasse als HTTP-API bereitstellen, mit Live-Diagrammen (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>P&amp;ushen…</translation>
    </message>
    <message>
        <source>Push the selected version to an OCI registry, for other machines (Ctrl+Shift+U)</source>
        <translation>Die gewählte Version in eine OCI-Registry pushen, für andere Rechner (Strg+Umschalt+U)</translation>
    </message>
    <message>
        <source>Pu&amp;ll…</source>
        <translation>&amp;Holen…</translation>
    </message>
    <message>
        <source>Pull a model from an OCI registry into this one; it is verified first (Ctrl+Shift+L)</source>
        <translation>Ein Modell aus einer OCI-Registry in diese holen; es wird zuerst geprüft (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Pushing %1 to %2…</source>
        <translation>%1 wird nach %2 gepusht…</translation>
    </message>
    <message>
        <source>Pushed %1 to %2 as %3.</source>
        <translation>%1 nach %2 gepusht als %3.</translation>
    </message>
    <message>
        <source>Cannot push %1: %2</source>
        <translation>%1 kann nicht gepusht werden: %2</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 wird geholt…</translation>
    </message>
    <message>
        <source>Cannot pull %1: %2</source>
        <translation>%1 kann nicht geholt werden: %2</translation>
    </message>
    <message>
        <source>Pulled %1 from %2.</source>
        <translation>%1 aus %2 geholt.</translation>
    </message>
    <message>
        <source>%1 from %2 is already registered as %3.</source>
        <translation>%1 aus %2 ist bereits als %3 registriert.</translation>
    </message>
    <message>
        <source>&amp;Remote registry</source>
        <translation>&amp;Entfernte Registry</translation>
    </message>
    <message>
        <source>oci://HOST/REPOSITORY</source>
        <translation>oci://HOST/REPOSITORY</translation>
    </message>
    <message>
        <source>A repository in an OCI registry that your team shares; List shows its tags</source>
        <translation>Ein Repository in einer OCI-Registry, die Ihr Team teilt; „Auflisten“ zeigt seine Tags</translation>
    </message>
    <message>
        <source>Plain HTTP</source>
        <translation>Einfaches HTTP</translation>
    </message>
    <message>
        <source>Only for a registry on this computer</source>
        <translation>Nur für eine Registry auf diesem Computer</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Auflisten</translation>
    </message>
    <message>
        <source>Double-click a tag to pull it into this registry.</source>
        <translation>Doppelklicken Sie auf ein Tag, um es in diese Registry zu holen.</translation>
    </message>
</context>
<context>
    <name>crucible::RegistryVersionModel</name>
    <message>
        <source>—</source>
        <comment>no run</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no metric value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Imported without a run</source>
        <translation>Ohne Lauf importiert</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
</context>
<context>
    <name>crucible::RegistryVersionPanel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Model Card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Alias History</source>
        <translation>Alias-Historie</translation>
    </message>
    <message>
        <source>Select a version to see where it came from.</source>
        <translation>Wählen Sie eine Version aus, um ihre Herkunft zu sehen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>This version's bundle cannot be read.</source>
        <translation>Das Paket dieser Version kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>none (imported without a run)</source>
        <translation>keiner (ohne Lauf importiert)</translation>
    </message>
    <message>
        <source>%1 (not in this workspace)</source>
        <translation>%1 (nicht in diesem Arbeitsbereich)</translation>
    </message>
    <message>
        <source>reading the bundle…</source>
        <translation>Paket wird gelesen …</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Task&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1, %2&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;Aufgabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;%1, %2&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n class(es)</source>
        <translation><numerusform>%n Klasse</numerusform><numerusform>%n Klassen</numerusform></translation>
    </message>
    <message>
        <source>Model version</source>
        <translation>Modellversion</translation>
    </message>
    <message>
        <source>%1, registered %2</source>
        <translation>%1, registriert am %2</translation>
    </message>
    <message>
        <source>↳ trained by run</source>
        <translation>↳ trainiert von Lauf</translation>
    </message>
    <message>
        <source>↳ on dataset version</source>
        <translation>↳ auf Datensatzversion</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Select two versions in the table above (Ctrl+click) to compare their metrics.</source>
        <translation>Wählen Sie in der Tabelle oben zwei Versionen aus (Strg+Klick), um ihre Metriken zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 against %2; the difference is %2 minus %1, green where %2 is better.</source>
        <translation>%1 gegenüber %2; die Differenz ist %2 minus %1, grün, wo %2 besser ist.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(created)</source>
        <translation>(angelegt)</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>↳ in pipeline</source>
        <translation>↳ in Pipeline</translation>
    </message>
</context>
<context>
    <name>crucible::RunDetailsPanel</name>
    <message>
        <source>Select a run to see its recipe, environment, params, metrics and artifacts.</source>
        <translation>Wählen Sie einen Lauf aus, um Rezept, Umgebung, Parameter, Metriken und Artefakte zu sehen.</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Notes: what you tried, what you saw, what to try next</source>
        <translation>Notizen: was Sie versucht haben, was Sie beobachtet haben, was Sie als Nächstes versuchen möchten</translation>
    </message>
    <message>
        <source>Save Notes and Tags</source>
        <translation>Notizen und Tags speichern</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzter</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester</translation>
    </message>
    <message>
        <source>Best step</source>
        <translation>Bester Schritt</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>Artefakte</translation>
    </message>
    <message>
        <source> (in the trash)</source>
        <translation> (im Papierkorb)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Recipe hash</source>
        <translation>Rezept-Hash</translation>
    </message>
    <message>
        <source>Parent run</source>
        <translation>Übergeordneter Lauf</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Reproduction</source>
        <translation>Reproduktion</translation>
    </message>
    <message numerus="yes">
        <source>Rerun of %1: reproduced, %n point(s) identical</source>
        <translation><numerusform>Wiederholung von %1: reproduziert, %n Punkt identisch</numerusform><numerusform>Wiederholung von %1: reproduziert, %n Punkte identisch</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Rerun of %1: reproduced within %2 %, %n point(s) compared</source>
        <translation><numerusform>Wiederholung von %1: innerhalb von %2 % reproduziert, %n Punkt verglichen</numerusform><numerusform>Wiederholung von %1: innerhalb von %2 % reproduziert, %n Punkte verglichen</numerusform></translation>
    </message>
    <message>
        <source>Rerun of %1: not reproduced</source>
        <translation>Wiederholung von %1: nicht reproduziert</translation>
    </message>
    <message>
        <source>Rerun of %1: not checked</source>
        <translation>Wiederholung von %1: nicht geprüft</translation>
    </message>
</context>
<context>
    <name>crucible::RunDiffDialog</name>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Rezept</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Diff of %1 and %2</source>
        <translation>Unterschiede zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>Show &amp;everything compared</source>
        <translation>&amp;Alles Verglichene zeigen</translation>
    </message>
    <message>
        <source>The runs have the same recipe, data and environment.</source>
        <translation>Die Läufe haben dasselbe Rezept, dieselben Daten und dieselbe Umgebung.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between run %1 (A) and run %2 (B) in recipe, data and environment.</source>
        <translation><numerusform>%n Unterschied zwischen Lauf %1 (A) und Lauf %2 (B) in Rezept, Daten und Umgebung.</numerusform><numerusform>%n Unterschiede zwischen Lauf %1 (A) und Lauf %2 (B) in Rezept, Daten und Umgebung.</numerusform></translation>
    </message>
</context>
<context>
    <name>crucible::RunTableModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>a run the user stopped</comment>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>crucible::RunsPage</name>
    <message>
        <source>Filter, for example: metrics.val_accuracy &gt; 0.9 and params.optimizer = "adam"</source>
        <translation>Filter, zum Beispiel: metrics.val_accuracy &gt; 0.9 and params.optimizer = "adam"</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the params and metrics shown as columns</source>
        <translation>Die als Spalten angezeigten Parameter und Metriken auswählen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Show the runs in the trash</source>
        <translation>Die Läufe im Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>All experiments</source>
        <translation>Alle Experimente</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Cannot list the runs: %1</source>
        <translation>Die Läufe können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation><numerusform>%n Lauf</numerusform><numerusform>%n Läufe</numerusform></translation>
    </message>
    <message>
        <source>Metrics (last value)</source>
        <translation>Metriken (letzter Wert)</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Rename Run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Cannot rename the run: %1</source>
        <translation>Der Lauf kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <source>Cannot change the run: %1</source>
        <translation>Der Lauf kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the notes and tags: %1</source>
        <translation>Die Notizen und Tags können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Compare Selected</source>
        <translation>Auswahl vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected runs side by side (%1)</source>
        <translation>Die ausgewählten Läufe nebeneinander vergleichen (%1)</translation>
    </message>
    <message>
        <source>Compare All Matching the Filter</source>
        <translation>Alle Treffer des Filters vergleichen</translation>
    </message>
    <message>
        <source>Compare every run the table lists (%1)</source>
        <translation>Alle in der Tabelle aufgeführten Läufe vergleichen (%1)</translation>
    </message>
    <message>
        <source>Register Model…</source>
        <translation>Modell registrieren …</translation>
    </message>
    <message>
        <source>Register the selected run's model in the model registry (Ctrl+Shift+R)</source>
        <translation>Das Modell des ausgewählten Laufs in der Modell-Registry registrieren (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Listing runs…</source>
        <translation>Läufe werden aufgelistet…</translation>
    </message>
    <message>
        <source>Reading changed runs…</source>
        <translation>Geänderte Läufe werden gelesen…</translation>
    </message>
    <message>
        <source>Rerun</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Train the selected run again from its record: recipe, dataset version, seed, threads and device (%1)</source>
        <translation>Den gewählten Lauf nach seinen Aufzeichnungen erneut trainieren: Rezept, Datensatzversion, Seed, Threads und Gerät (%1)</translation>
    </message>
    <message>
        <source>Rerun and Check</source>
        <translation>Wiederholen und prüfen</translation>
    </message>
    <message>
        <source>Rerun the selected run and compare every metric point with it (%1)</source>
        <translation>Den gewählten Lauf erneut trainieren und jeden Messpunkt mit ihm vergleichen (%1)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>What differs between the two selected runs: recipe, data and environment (%1)</source>
        <translation>Was sich zwischen den beiden gewählten Läufen unterscheidet: Rezept, Daten und Umgebung (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Compare Both</source>
        <translation>Beide vergleichen</translation>
    </message>
    <message>
        <source>Show the original and the rerun overlaid on the Compare page</source>
        <translation>Original und Wiederholung übereinander auf der Vergleichsseite zeigen</translation>
    </message>
    <message>
        <source>The run cannot be rerun: %1</source>
        <translation>Der Lauf kann nicht wiederholt werden: %1</translation>
    </message>
    <message>
        <source>Rerunning “%1”: epoch %2 of %3…</source>
        <translation>„%1“ wird wiederholt: Epoche %2 von %3…</translation>
    </message>
    <message>
        <source>Rerunning “%1” from its record…</source>
        <translation>„%1“ wird nach seinen Aufzeichnungen wiederholt…</translation>
    </message>
    <message>
        <source>It was trained without deterministic mode, so only approximate agreement (within %1 %) can be expected.</source>
        <translation>Er wurde ohne deterministischen Modus trainiert, daher ist nur ungefähre Übereinstimmung (innerhalb von %1 %) zu erwarten.</translation>
    </message>
    <message>
        <source>The rerun did not start: %1</source>
        <translation>Die Wiederholung ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The rerun %1 ended %2: %3</source>
        <translation>Die Wiederholung %1 endete %2: %3</translation>
    </message>
    <message>
        <source>Rerun %1 of “%2” finished.</source>
        <translation>Wiederholung %1 von „%2“ ist fertig.</translation>
    </message>
    <message>
        <source>The rerun finished, but the check failed: %1</source>
        <translation>Die Wiederholung ist fertig, aber die Prüfung schlug fehl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Reproduced: %n point(s) identical.</source>
        <translation><numerusform>Reproduziert: %n Punkt identisch.</numerusform><numerusform>Reproduziert: %n Punkte identisch.</numerusform></translation>
    </message>
    <message>
        <source>Not reproduced.</source>
        <translation>Nicht reproduziert.</translation>
    </message>
    <message numerus="yes">
        <source>Reproduced within %1 %: %n point(s) compared, %2 identical.</source>
        <translation><numerusform>Innerhalb von %1 % reproduziert: %n Punkt verglichen, %2 identisch.</numerusform><numerusform>Innerhalb von %1 % reproduziert: %n Punkte verglichen, %2 identisch.</numerusform></translation>
    </message>
    <message>
        <source>%1 at step %2 is %3 in the original and %4 in the rerun.</source>
        <translation>%1 ist bei Schritt %2 im Original %3 und in der Wiederholung %4.</translation>
    </message>
    <message>
        <source>The environment is the same.</source>
        <translation>Die Umgebung ist dieselbe.</translation>
    </message>
    <message>
        <source>The environment differs: %1.</source>
        <translation>Die Umgebung unterscheidet sich: %1.</translation>
    </message>
    <message>
        <source>%1 is logged at step %2 in the original and at step %3 in the rerun.</source>
        <translation>%1 ist im Original bei Schritt %2 aufgezeichnet und in der Wiederholung bei Schritt %3.</translation>
    </message>
    <message>
        <source>Empty Trash…</source>
        <translation>Papierkorb leeren…</translation>
    </message>
    <message>
        <source>Delete the runs in the trash for good, with their checkpoints, models and artifacts</source>
        <translation>Die Läufe im Papierkorb endgültig löschen, mit ihren Checkpoints, Modellen und Artefakten</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n run(s) in the trash for good, with their checkpoints, models and artifacts? This cannot be undone.</source>
        <translation><numerusform>Den %n Lauf im Papierkorb endgültig löschen, mit Checkpoints, Modellen und Artefakten? Das lässt sich nicht rückgängig machen.</numerusform><numerusform>Die %n Läufe im Papierkorb endgültig löschen, mit ihren Checkpoints, Modellen und Artefakten? Das lässt sich nicht rückgängig machen.</numerusform></translation>
    </message>
    <message>
        <source>Emptying the trash…</source>
        <translation>Papierkorb wird geleert…</translation>
    </message>
    <message>
        <source>Cannot empty the trash: %1</source>
        <translation>Der Papierkorb kann nicht geleert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n run(s) for good; %1 freed.</source>
        <translation><numerusform>%n Lauf endgültig gelöscht; %1 freigegeben.</numerusform><numerusform>%n Läufe endgültig gelöscht; %1 freigegeben.</numerusform></translation>
    </message>
    <message>
        <source>Looking for changed runs…</source>
        <translation>Suche nach geänderten Läufen…</translation>
    </message>
    <message>
        <source>Fields: name, status, experiment, tag, tags.KEY, seed, dataset, created, params.KEY, metrics.KEY (.min, .max, .best); operators = != &lt; &lt;= &gt; &gt;= contains like glob in; dates as 2026-12-01 or 2026-12-01 14:30; join with and, or, not</source>
        <translation>Felder: name, status, experiment, tag, tags.KEY, seed, dataset, created, params.KEY, metrics.KEY (.min, .max, .best); Operatoren = != &lt; &lt;= &gt; &gt;= contains like glob in; Datumsangaben als 2026-12-01 oder 2026-12-01 14:30; verknüpfen mit and, or, not</translation>
    </message>
</context>
<context>
    <name>crucible::SamplesDialog</name>
    <message>
        <source>Add Sample Datasets</source>
        <translation>Beispieldatensätze hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Real datasets (UCI, Fashion-MNIST) and seeded synthetic ones for quick experiments:</source>
        <translation>Echte Datensätze (UCI, Fashion-MNIST) und synthetische mit festem Seed für schnelle Experimente:</translation>
    </message>
</context>
<context>
    <name>crucible::ServeDialog</name>
    <message>
        <source>Serve %1</source>
        <translation>%1 bereitstellen</translation>
    </message>
    <message>
        <source>%1@%2 — follows the alias (now version %3)</source>
        <translation>%1@%2 — folgt dem Alias (jetzt Version %3)</translation>
    </message>
    <message>
        <source>%1@%2 — this version only</source>
        <translation>%1@%2 — nur diese Version</translation>
    </message>
    <message>
        <source>%1 — the latest version, whichever it is</source>
        <translation>%1 — jeweils die neueste Version</translation>
    </message>
    <message>
        <source>Take the next free port when it is in use</source>
        <translation>Den nächsten freien Port nehmen, wenn er belegt ist</translation>
    </message>
    <message>
        <source>Reachable from other machines (listen on all addresses, without a token)</source>
        <translation>Von anderen Rechnern erreichbar (auf allen Adressen, ohne Token)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Serve</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <source>When the alias moves to another version (here, from the command line or on another machine), the server loads that version and switches to it without a failed request.</source>
        <translation>Wenn der Alias auf eine andere Version zeigt (hier, auf der Kommandozeile oder auf einem anderen Rechner), lädt der Server diese Version und wechselt ohne eine fehlgeschlagene Anfrage zu ihr.</translation>
    </message>
    <message>
        <source>The server answers with this version until you stop it.</source>
        <translation>Der Server antwortet mit dieser Version, bis Sie ihn anhalten.</translation>
    </message>
    <message>
        <source>When a newer version is registered, the server switches to it.</source>
        <translation>Wird eine neuere Version registriert, wechselt der Server zu ihr.</translation>
    </message>
    <message>
        <source>Anyone who can reach this machine can call the model. To require a token, serve it from the command line with --token-file.</source>
        <translation>Jeder, der diesen Rechner erreicht, kann das Modell aufrufen. Für ein Token stellen Sie es auf der Kommandozeile mit --token-file bereit.</translation>
    </message>
</context>
<context>
    <name>crucible::ServingPage</name>
    <message>
        <source>&amp;Stop Serving</source>
        <translation>Bereitstellung &amp;beenden</translation>
    </message>
    <message>
        <source>Stop the selected server after answering what is in flight (Ctrl+.)</source>
        <translation>Den gewählten Server anhalten, nachdem laufende Anfragen beantwortet sind (Strg+.)</translation>
    </message>
    <message>
        <source>&amp;Copy curl Example</source>
        <translation>curl-Beispiel &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy a curl command that asks the selected model for a prediction (Ctrl+Shift+C)</source>
        <translation>Einen curl-Befehl kopieren, der das gewählte Modell um eine Vorhersage bittet (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>No model is served. Select a version on the Registry page and choose Serve (Ctrl+Shift+S): its predictions are then one HTTP request away, for any program, with live charts of requests, latency and errors here.</source>
        <translation>Kein Modell wird bereitgestellt. Wählen Sie auf der Seite Registry eine Version und dann Bereitstellen (Strg+Umschalt+S): Ihre Vorhersagen sind dann für jedes Programm eine HTTP-Anfrage entfernt, mit Live-Diagrammen von Anfragen, Latenz und Fehlern hier.</translation>
    </message>
    <message>
        <source>Open the Registry</source>
        <translation>Registry öffnen</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Ausprobieren:</translation>
    </message>
    <message>
        <source>Events (an alias followed to another version, a version that failed to load):</source>
        <translation>Ereignisse (ein Alias zu einer anderen Version gefolgt, eine Version, die sich nicht laden ließ):</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Errors per second</source>
        <translation>Fehler pro Sekunde</translation>
    </message>
    <message>
        <source>time serving</source>
        <translation>Bereitstellungsdauer</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 wird gestartet…</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>%1 wird bereitgestellt</translation>
    </message>
    <message>
        <source>Cannot serve %1: %2</source>
        <translation>%1 lässt sich nicht bereitstellen: %2</translation>
    </message>
    <message>
        <source>Serving %1 at %2</source>
        <translation>%1 wird unter %2 bereitgestellt</translation>
    </message>
    <message>
        <source>Stopping %1: answering the requests in flight…</source>
        <translation>%1 wird beendet: laufende Anfragen werden beantwortet…</translation>
    </message>
    <message>
        <source>Stopping %1</source>
        <translation>%1 wird beendet</translation>
    </message>
    <message>
        <source>Stopped serving %1.</source>
        <translation>Bereitstellung von %1 beendet.</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>errors/s</source>
        <translation>Fehler/s</translation>
    </message>
</context>
<context>
    <name>crucible::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>LibTorch threads for training from the workbench. One core fewer than the machine has keeps the window responsive while a model trains.</source>
        <translation>LibTorch-Threads für das Training in der Werkbank. Ein Kern weniger, als die Maschine hat, hält das Fenster bedienbar, während ein Modell trainiert.</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU %1 (%2)</source>
        <translation>GPU %1 (%2)</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Training &amp;threads:</source>
        <translation>Trainings-&amp;Threads:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Choose Workspace Folder</source>
        <translation>Arbeitsbereich-Ordner wählen</translation>
    </message>
    <message>
        <source>&amp;Use the workspace's registry</source>
        <translation>Registry des Arbeitsbereichs &amp;verwenden</translation>
    </message>
    <message>
        <source>Keep registered models in the registry/ folder of the workspace</source>
        <translation>Registrierte Modelle im Ordner registry/ des Arbeitsbereichs ablegen</translation>
    </message>
    <message>
        <source>A folder for registered models: local, or a shared drive your team can reach. CRUCIBLE_REGISTRY, when set, wins over this choice.</source>
        <translation>Ein Ordner für registrierte Modelle: lokal oder auf einem freigegebenen Laufwerk, das Ihr Team erreicht. Ist CRUCIBLE_REGISTRY gesetzt, hat es Vorrang vor dieser Auswahl.</translation>
    </message>
    <message>
        <source>Model &amp;registry folder:</source>
        <translation>&amp;Registry-Ordner für Modelle:</translation>
    </message>
    <message>
        <source>Choose Model Registry Folder</source>
        <translation>Registry-Ordner für Modelle wählen</translation>
    </message>
    <message>
        <source>&amp;Serve MLflow's tracking API on port</source>
        <translation>MLflow-Tracking-API &amp;bereitstellen auf Port</translation>
    </message>
    <message>
        <source>While the workbench runs, Python scripts instrumented with MLflow log into this workspace when MLFLOW_TRACKING_URI names this address; their runs appear live on the Runs and Compare pages. Only this computer can reach it.</source>
        <translation>Solange die Werkbank läuft, protokollieren Python-Skripte mit MLflow in diesen Arbeitsbereich, wenn MLFLOW_TRACKING_URI diese Adresse nennt; ihre Läufe erscheinen sofort auf den Seiten Läufe und Vergleich. Nur dieser Computer kann ihn erreichen.</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>MLflow tracking:</source>
        <translation>MLflow-Tracking:</translation>
    </message>
    <message>
        <source>The folder that holds your datasets, runs and models, or a workspace on a PostgreSQL server that a team shares: postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER. Leave empty for the default folder.</source>
        <translation>Der Ordner mit Ihren Datensätzen, Läufen und Modellen, oder ein Arbeitsbereich auf einem PostgreSQL-Server, den ein Team teilt: postgresql://USER@HOST/DATABASE?objects=/SHARED/FOLDER. Leer lassen für den Standardordner.</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
</context>
<context>
    <name>crucible::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search commands, pages or keys</source>
        <translation>Befehle, Seiten oder Tasten suchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>crucible::SweepDialog</name>
    <message>
        <source>New Sweep</source>
        <translation>Neuer Sweep</translation>
    </message>
    <message>
        <source>minimise</source>
        <translation>minimieren</translation>
    </message>
    <message>
        <source>maximise</source>
        <translation>maximieren</translation>
    </message>
    <message>
        <source>TPE: learns from the trials so far (Bayesian)</source>
        <translation>TPE: lernt aus den bisherigen Versuchen (bayessche Optimierung)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Grid: every combination</source>
        <translation>Gitter: jede Kombination</translation>
    </message>
    <message>
        <source>Median: stop a trial worse than the median at its epoch</source>
        <translation>Median: einen Versuch beenden, der in seiner Epoche schlechter als der Median ist</translation>
    </message>
    <message>
        <source>ASHA: keep the best third at epochs 1, 3, 9, …</source>
        <translation>ASHA: das beste Drittel in den Epochen 1, 3, 9, … behalten</translation>
    </message>
    <message>
        <source>None: every trial runs all its epochs</source>
        <translation>Keiner: jeder Versuch läuft alle Epochen</translation>
    </message>
    <message>
        <source>Trials that train at once; the cores are divided among them</source>
        <translation>Versuche, die gleichzeitig trainieren; die Kerne werden unter ihnen aufgeteilt</translation>
    </message>
    <message>
        <source>The same seed suggests the same trials</source>
        <translation>Derselbe Startwert schlägt dieselben Versuche vor</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Only when</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <source>Values: a range "0.0001 .. 0.1" for float and int, or choices "sgd, adam". Only when: a condition on a choice, such as "optimizer=sgd".</source>
        <translation>Werte: ein Bereich „0.0001 .. 0.1“ für float und int oder Auswahlen „sgd, adam“. Nur wenn: eine Bedingung an eine Auswahl, etwa „optimizer=sgd“.</translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation>Parameter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Daten:</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>trials of</source>
        <translation>Versuche zu</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>&amp;Pruning:</source>
        <translation>&amp;Pruning:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Create and Run</source>
        <translation>Anlegen und starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search space&lt;/b&gt;</source>
        <translation>&lt;b&gt;Suchraum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>float</source>
        <translation>float</translation>
    </message>
    <message>
        <source>int</source>
        <translation>int</translation>
    </message>
    <message>
        <source>choice</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Search space, row %1</source>
        <translation>Suchraum, Zeile %1</translation>
    </message>
    <message>
        <source>name a parameter (a recipe key such as lr, or model.width)</source>
        <translation>Nennen Sie einen Parameter (einen Rezeptschlüssel wie lr oder model.width)</translation>
    </message>
    <message>
        <source>give a range as "LOW .. HIGH", such as 0.0001 .. 0.1</source>
        <translation>Geben Sie einen Bereich als „VON .. BIS“ an, etwa 0.0001 .. 0.1</translation>
    </message>
    <message>
        <source>a condition reads "PARAMETER=VALUE", such as optimizer=sgd</source>
        <translation>Eine Bedingung lautet „PARAMETER=WERT“, etwa optimizer=sgd</translation>
    </message>
    <message>
        <source>%1 is searched twice</source>
        <translation>%1 wird zweimal durchsucht</translation>
    </message>
    <message>
        <source>import a dataset first (Datasets page)</source>
        <translation>Importieren Sie zuerst einen Datensatz (Seite Datensätze)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>Auto (minimise losses and errors, maximise accuracy)</source>
        <translation>Automatisch (Verluste und Fehler minimieren, Genauigkeit maximieren)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Parameters: %1.</source>
        <translation>Parameter: %1.</translation>
    </message>
    <message>
        <source>epochs each</source>
        <translation>Epochen je Versuch</translation>
    </message>
    <message>
        <source>Parallel &amp;trials:</source>
        <translation>Parallele &amp;Versuche:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <source>%1 is not a recipe key or model field (the table's tooltip lists them)</source>
        <translation>%1 ist weder ein Rezeptschlüssel noch ein Modellfeld (der Tooltip der Tabelle nennt sie)</translation>
    </message>
    <message>
        <source>%1 is not a recipe key or model field; did you mean %2?</source>
        <translation>%1 ist weder ein Rezeptschlüssel noch ein Modellfeld; meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>crucible::SweepsPage</name>
    <message>
        <source>New Sweep…</source>
        <translation>Neuer Sweep…</translation>
    </message>
    <message>
        <source>Run or Resume Sweep</source>
        <translation>Sweep starten oder fortsetzen</translation>
    </message>
    <message>
        <source>Stop Sweep</source>
        <translation>Sweep anhalten</translation>
    </message>
    <message>
        <source>Search a recipe's hyperparameters (%1)</source>
        <translation>Die Hyperparameter eines Rezepts durchsuchen (%1)</translation>
    </message>
    <message>
        <source>Run the selected sweep, or resume it where it stopped (%1)</source>
        <translation>Den gewählten Sweep starten oder dort fortsetzen, wo er anhielt (%1)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop after the current step of each running trial; Run resumes later (Esc)</source>
        <translation>Nach dem laufenden Schritt jedes Versuchs anhalten; Starten setzt später fort (Esc)</translation>
    </message>
    <message>
        <source>Compare Top 5</source>
        <translation>Beste 5 vergleichen</translation>
    </message>
    <message>
        <source>Open the five best trials on the Compare page</source>
        <translation>Die fünf besten Versuche auf der Seite Vergleichen öffnen</translation>
    </message>
    <message>
        <source>Compare All</source>
        <translation>Alle vergleichen</translation>
    </message>
    <message>
        <source>Open every trial on the Compare page: parallel coordinates and scatter</source>
        <translation>Alle Versuche auf der Seite Vergleichen öffnen: parallele Koordinaten und Streudiagramm</translation>
    </message>
    <message>
        <source>Register Best…</source>
        <translation>Besten registrieren…</translation>
    </message>
    <message>
        <source>Register the best trial's model in the registry</source>
        <translation>Das Modell des besten Versuchs in der Registry registrieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sweeps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sweeps&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trials&lt;/b&gt; (double-click opens the run)</source>
        <translation>&lt;b&gt;Versuche&lt;/b&gt; (Doppelklick öffnet den Lauf)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Best value after each trial&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bester Wert nach jedem Versuch&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The share of the objective's variance over complete trials that each parameter explains on its own (one-way ANOVA, eta squared; ranges in quartile bins)</source>
        <translation>Der Anteil der Varianz des Ziels über abgeschlossene Versuche, den jeder Parameter allein erklärt (einfaktorielle ANOVA, Eta-Quadrat; Bereiche in Quartilen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester</translation>
    </message>
    <message>
        <source>Reading sweeps</source>
        <translation>Sweeps lesen</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>pruned</source>
        <translation>vorzeitig beendet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>No sweeps yet. &lt;b&gt;New Sweep…&lt;/b&gt; searches a recipe's learning rate, model size and more, trains the trials and keeps the best.</source>
        <translation>Noch keine Sweeps. &lt;b&gt;Neuer Sweep…&lt;/b&gt; sucht für ein Rezept die beste Lernrate, Modellgröße und mehr, trainiert die Versuche und behält den besten.</translation>
    </message>
    <message>
        <source>minimise %1</source>
        <translation>%1 minimieren</translation>
    </message>
    <message>
        <source>maximise %1</source>
        <translation>%1 maximieren</translation>
    </message>
    <message>
        <source>TPE (Bayesian)</source>
        <translation>TPE (bayessche Optimierung)</translation>
    </message>
    <message>
        <source>median pruning</source>
        <translation>Median-Pruning</translation>
    </message>
    <message>
        <source>ASHA pruning</source>
        <translation>ASHA-Pruning</translation>
    </message>
    <message>
        <source>no pruning</source>
        <translation>ohne Pruning</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; on %2: %3, %4, %5, budget %n trial(s)</source>
        <translation><numerusform>&lt;b&gt;%1&lt;/b&gt; auf %2: %3, %4, %5, Budget %n Versuch</numerusform><numerusform>&lt;b&gt;%1&lt;/b&gt; auf %2: %3, %4, %5, Budget %n Versuche</numerusform></translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>pruned after epoch %1</source>
        <translation>nach Epoche %1 vorzeitig beendet</translation>
    </message>
    <message>
        <source>complete, best</source>
        <translation>abgeschlossen, bester</translation>
    </message>
    <message>
        <source>trials finished</source>
        <translation>beendete Versuche</translation>
    </message>
    <message>
        <source>best %1</source>
        <translation>Bestwert %1</translation>
    </message>
    <message>
        <source>each complete trial's value</source>
        <translation>Wert jedes abgeschlossenen Versuchs</translation>
    </message>
    <message>
        <source>%1 of %2 trials</source>
        <translation>%1 von %2 Versuchen</translation>
    </message>
    <message>
        <source>Created sweep %1.</source>
        <translation>Sweep %1 angelegt.</translation>
    </message>
    <message>
        <source>Running sweep %1</source>
        <translation>Sweep %1 läuft</translation>
    </message>
    <message>
        <source>Sweep %1: %2</source>
        <translation>Sweep %1: %2</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>startet…</translation>
    </message>
    <message>
        <source>Stopping after the current step of each running trial… Run resumes the sweep later.</source>
        <translation>Hält nach dem laufenden Schritt jedes Versuchs an… Starten setzt den Sweep später fort.</translation>
    </message>
    <message>
        <source>Asked the process running %1 to stop.</source>
        <translation>Der Prozess, der %1 ausführt, wurde gebeten anzuhalten.</translation>
    </message>
    <message>
        <source>best trial #%1, %2 = %3</source>
        <translation>bester Versuch #%1, %2 = %3</translation>
    </message>
    <message>
        <source>%1 of %2 trials finished, %3 pruned</source>
        <translation>%1 von %2 Versuchen beendet, %3 davon vorzeitig</translation>
    </message>
    <message>
        <source>Resume Sweep</source>
        <translation>Sweep fortsetzen</translation>
    </message>
    <message>
        <source>Run Sweep</source>
        <translation>Sweep starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parameter importance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wichtigkeit der Parameter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>random search</source>
        <translation>Zufallssuche</translation>
    </message>
    <message>
        <source>grid search</source>
        <translation>Gittersuche</translation>
    </message>
</context>
<context>
    <name>crucible::TaskStatus</name>
    <message numerus="yes">
        <source>%n background task(s)</source>
        <translation><numerusform>%n Hintergrundaufgabe</numerusform><numerusform>%n Hintergrundaufgaben</numerusform></translation>
    </message>
    <message>
        <source>Work running in the background: click to see or cancel it</source>
        <translation>Arbeit im Hintergrund: klicken, um sie zu sehen oder abzubrechen</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 — cancelling</source>
        <translation>%1 – wird abgebrochen</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <source>Stop this work</source>
        <translation>Diese Arbeit abbrechen</translation>
    </message>
    <message>
        <source>This work finishes by itself and cannot be cancelled</source>
        <translation>Diese Arbeit läuft zu Ende und kann nicht abgebrochen werden</translation>
    </message>
    <message>
        <source>Cancel All</source>
        <translation>Alle abbrechen</translation>
    </message>
</context>
<context>
    <name>crucible::TrainPage</name>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Preparing data and model…</source>
        <translation>Daten und Modell werden vorbereitet …</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping after this step…</source>
        <translation>Stoppt nach diesem Schritt …</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start training (Ctrl+Enter)</source>
        <translation>Training starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint (Ctrl+.)</source>
        <translation>Nach dem aktuellen Schritt stoppen und einen Checkpoint behalten (Strg+.)</translation>
    </message>
    <message>
        <source>Add to &amp;Queue</source>
        <translation>In &amp;Warteschlange einreihen</translation>
    </message>
    <message>
        <source>Train this recipe after the runs before it</source>
        <translation>Dieses Rezept nach den vorher eingereihten Läufen trainieren</translation>
    </message>
    <message>
        <source>Double-click a run to open it on the Runs page</source>
        <translation>Doppelklicken Sie auf einen Lauf, um ihn auf der Seite „Läufe“ zu öffnen</translation>
    </message>
    <message>
        <source>Queue:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <source>Recent runs:</source>
        <translation>Letzte Läufe:</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>%1 on %2@%3</source>
        <translation>%1 auf %2@%3</translation>
    </message>
    <message>
        <source>Cannot start: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Cannot queue: %1</source>
        <translation>Einreihen nicht möglich: %1</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>%1 · epoch %2 of %3 · step %4 of %5 · %6 samples/s · %7 left</source>
        <translation>%1 · Epoche %2 von %3 · Schritt %4 von %5 · %6 Beispiele/s · noch %7</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Register Model…</source>
        <translation>Modell &amp;registrieren …</translation>
    </message>
    <message>
        <source>Register the model of the run that just ended in the model registry</source>
        <translation>Das Modell des gerade beendeten Laufs in der Modell-Registry registrieren</translation>
    </message>
    <message>
        <source> · %1, %2 GPU memory in use</source>
        <translation> · %1, %2 GPU-Speicher belegt</translation>
    </message>
    <message>
        <source>Not everything was recorded: %1</source>
        <translation>Nicht alles wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>Stopping run %1…</source>
        <translation>Lauf %1 wird angehalten…</translation>
    </message>
    <message>
        <source>Listing recent runs…</source>
        <translation>Letzte Läufe werden aufgelistet…</translation>
    </message>
    <message>
        <source>Cannot list the recent runs: %1</source>
        <translation>Die letzten Läufe lassen sich nicht auflisten: %1</translation>
    </message>
    <message>
        <source>Cannot list the datasets: %1</source>
        <translation>Die Datensätze lassen sich nicht auflisten: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Crucible cannot open its workspace.

%1</source>
        <translation>Crucible kann seinen Arbeitsbereich nicht öffnen.

%1</translation>
    </message>
    <message>
        <source>Choose Another Folder…</source>
        <translation>Anderen Ordner wählen …</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Crucible, a workbench for ML experiments</source>
        <translation>Crucible, eine Werkbank für ML-Experimente</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;folder&gt;.</source>
        <translation>Den Arbeitsbereich in &lt;Ordner&gt; öffnen.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Render the window offscreen to &lt;file&gt; (PNG) and exit.</source>
        <translation>Das Fenster unsichtbar in &lt;Datei&gt; (PNG) zeichnen und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Page to show: %1.</source>
        <translation>Anzuzeigende Seite: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Window size for --screenshot.</source>
        <translation>Fenstergröße für --screenshot.</translation>
    </message>
    <message>
        <source>Model bundles (.crucible) to import into the registry, or data files (CSV, TSV, IDX, image folders) to import, each after asking.</source>
        <translation>Modellpakete (.crucible) zum Import in die Registry oder Datendateien (CSV, TSV, IDX, Bildordner) zum Import, jeweils nach Rückfrage.</translation>
    </message>
</context>
</TS>