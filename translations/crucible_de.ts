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
        <source>Momentum, weight decay, schedule, early stopping, seed, device, threads</source>
        <translation>Momentum, Weight Decay, Zeitplan, frühes Stoppen, Seed, Gerät, Threads</translation>
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
        <source>The folder that holds your datasets, runs and models. Leave empty for the default folder.</source>
        <translation>Der Ordner mit Ihren Datensätzen, Läufen und Modellen. Leer lassen für den Standardordner.</translation>
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
        <source>&amp;Workspace folder:</source>
        <translation>&amp;Arbeitsbereich-Ordner:</translation>
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