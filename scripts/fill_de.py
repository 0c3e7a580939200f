#!/usr/bin/env python3
"""Fills translations/crucible_de.ts from the German glossary below (kept in the repo so a
refreshed .ts can be filled again: lupdate, then this script)."""
import sys
import xml.etree.ElementTree as ET

GERMAN = {
    "About Crucible": "Über Crucible",
    "A desktop workbench for machine-learning experiments: load data, train LibTorch models while their curves draw live, compare runs and export versioned models.":
        "Eine Werkbank für Experimente mit maschinellem Lernen: Daten laden, LibTorch-Modelle trainieren und dabei die Kurven live verfolgen, Läufe vergleichen und versionierte Modelle exportieren.",
    "Commit": "Commit",
    "Qt": "Qt",
    "LibTorch": "LibTorch",
    "BLAS": "BLAS",
    "CUDA": "CUDA",
    "not available": "nicht verfügbar",
    "Device": "Gerät",
    "Operating system": "Betriebssystem",
    "&Copy Versions": "Versionen &kopieren",
    "Import CSV and TSV files, image folders and MNIST-family IDX files": "CSV- und TSV-Dateien, Bildordner und IDX-Dateien der MNIST-Familie importieren",
    "Versions by content, so a run always knows exactly which data it saw": "Versionen nach Inhalt, damit jeder Lauf genau weiß, welche Daten er gesehen hat",
    "Column profiles with histograms, and a table that scrolls through millions of rows": "Spaltenprofile mit Histogrammen und eine Tabelle, die durch Millionen von Zeilen scrollt",
    "MLP, CNN, ResNet and linear models from a preset or a spec": "MLP-, CNN-, ResNet- und lineare Modelle aus einer Vorlage oder Spezifikation",
    "Live loss and validation curves while the model trains on the CPU or GPU": "Live-Kurven für Verlust und Validierung, während das Modell auf CPU oder GPU trainiert",
    "Pause, resume and stop, with checkpoints you can continue from": "Pausieren, fortsetzen und stoppen, mit Checkpoints zum Weitermachen",
    "Every run with its recipe, seed, data version and environment": "Jeder Lauf mit Rezept, Seed, Datenversion und Umgebung",
    "Filter with expressions such as metrics.val_accuracy > 0.9": "Filtern mit Ausdrücken wie metrics.val_accuracy > 0.9",
    "Charts that compare hundreds of runs from their full data": "Diagramme, die Hunderte von Läufen aus ihren vollständigen Daten vergleichen",
    "Versioned model bundles with checksums and a model card": "Versionierte Modellpakete mit Prüfsummen und Modellkarte",
    "Aliases such as production and staging, with their history": "Aliasse wie production und staging, mit ihrer Historie",
    "Batch prediction, and models that plain PyTorch can load": "Stapelvorhersagen und Modelle, die auch reines PyTorch laden kann",
    "Datasets": "Datensätze",
    "Bring your data into the workspace.": "Holen Sie Ihre Daten in den Arbeitsbereich.",
    "Train": "Training",
    "Train a LibTorch model and watch it learn.": "Trainieren Sie ein LibTorch-Modell und sehen Sie ihm beim Lernen zu.",
    "Runs": "Läufe",
    "Find, compare and trust your experiments.": "Finden, vergleichen und vertrauen Sie Ihren Experimenten.",
    "Registry": "Registry",
    "Package the models you like and share them.": "Verpacken und teilen Sie die Modelle, die Ihnen gefallen.",
    "GPU: %1": "GPU: %1",
    "CPU: %1": "CPU: %1",
    "LibTorch %1": "LibTorch %1",
    "BLAS: %1": "BLAS: %1",
    "Training runs about 10x slower on the reference BLAS. Install the package libopenblas0-pthread.":
        "Mit der Referenz-BLAS läuft das Training etwa zehnmal langsamer. Installieren Sie das Paket libopenblas0-pthread.",
    "Workspace: %1": "Arbeitsbereich: %1",
    "No workspace": "Kein Arbeitsbereich",
    "&Datasets": "&Datensätze",
    "&Train": "&Training",
    "&Runs": "&Läufe",
    "Re&gistry": "Re&gistry",
    "Import, browse and profile datasets": "Datensätze importieren, durchsehen und profilieren",
    "Train a model": "Ein Modell trainieren",
    "Browse and compare runs": "Läufe durchsehen und vergleichen",
    "Registered models": "Registrierte Modelle",
    "&Open Workspace…": "Arbeitsbereich ö&ffnen …",
    "Open or create a workspace folder": "Einen Arbeitsbereich-Ordner öffnen oder anlegen",
    "&Settings…": "&Einstellungen …",
    "Settings": "Einstellungen",
    "&Quit": "&Beenden",
    "&About Crucible": "Ü&ber Crucible",
    "About &Qt": "Über &Qt",
    "&File": "&Datei",
    "&View": "&Ansicht",
    "&Help": "&Hilfe",
    "Crucible — %1": "Crucible — %1",
    "Crucible": "Crucible",
    "Cannot open workspace": "Arbeitsbereich kann nicht geöffnet werden",
    "The workspace could not be opened; the current one stays open.\n\n%1":
        "Der Arbeitsbereich konnte nicht geöffnet werden; der aktuelle bleibt geöffnet.\n\n%1",
    "Open Workspace": "Arbeitsbereich öffnen",
    "Coming here:": "Hier entsteht:",
    "The folder that holds your datasets, runs and models. Leave empty for the default folder.":
        "Der Ordner mit Ihren Datensätzen, Läufen und Modellen. Leer lassen für den Standardordner.",
    "Browse…": "Durchsuchen …",
    "LibTorch threads for training from the workbench. One core fewer than the machine has keeps the window responsive while a model trains.":
        "LibTorch-Threads für das Training in der Werkbank. Ein Kern weniger, als die Maschine hat, hält das Fenster bedienbar, während ein Modell trainiert.",
    "Automatic (GPU when available)": "Automatisch (GPU, wenn vorhanden)",
    "CPU": "CPU",
    "GPU %1 (%2)": "GPU %1 (%2)",
    "System": "System",
    "Light": "Hell",
    "Dark": "Dunkel",
    "&Workspace folder:": "&Arbeitsbereich-Ordner:",
    "Training &threads:": "Trainings-&Threads:",
    "&Device:": "&Gerät:",
    "T&heme:": "&Farbschema:",
    "Choose Workspace Folder": "Arbeitsbereich-Ordner wählen",
    "Crucible cannot open its workspace.\n\n%1": "Crucible kann seinen Arbeitsbereich nicht öffnen.\n\n%1",
    "Choose Another Folder…": "Anderen Ordner wählen …",
    "Crucible, a workbench for ML experiments": "Crucible, eine Werkbank für ML-Experimente",
    "Open the workspace in <folder>.": "Den Arbeitsbereich in <Ordner> öffnen.",
    "folder": "Ordner",
    "Render the window offscreen to <file> (PNG) and exit.": "Das Fenster unsichtbar in <Datei> (PNG) zeichnen und beenden.",
    "file": "Datei",
    "Page to show: %1.": "Anzuzeigende Seite: %1.",
    "name": "Name",
    "Window size for --screenshot.": "Fenstergröße für --screenshot.",
    # Datasets: column profiles and table
    "integer": "ganzzahlig",
    "numeric": "numerisch",
    "boolean": "boolesch",
    "categorical": "kategorial",
    "text": "Text",
    "%1 (target)": "%1 (Ziel)",
    "Type": "Typ",
    "Values": "Werte",
    "Missing": "Fehlend",
    "Distinct": "Eindeutig",
    "Minimum": "Minimum",
    "Maximum": "Maximum",
    "Mean": "Mittelwert",
    "Std. deviation": "Standardabweichung",
    "5 %": "5 %",
    "25 %": "25 %",
    "Median": "Median",
    "75 %": "75 %",
    "95 %": "95 %",
    "Most frequent values": "Häufigste Werte",
    "missing": "fehlt",
    "%1: %2": "%1: %2",
    # Datasets page
    "images": "Bilder",
    "table": "Tabelle",
    "regression": "Regression",
    "classification": "Klassifikation",
    "&Import Dataset…": "Datensatz &importieren …",
    "Import a CSV or TSV file, an image folder or IDX files": "Eine CSV- oder TSV-Datei, einen Bildordner oder IDX-Dateien importieren",
    "Add &Samples…": "&Beispiele hinzufügen …",
    "Add built-in sample datasets: Fashion-MNIST, Iris, Wine and more":
        "Mitgelieferte Beispieldatensätze hinzufügen: Fashion-MNIST, Iris, Wine und mehr",
    "<h2>No datasets yet</h2>": "<h2>Noch keine Datensätze</h2>",
    "Import a CSV or TSV file, a folder of images with one subfolder per class, or MNIST-style IDX files. You can also drop them here, or start with the samples.":
        "Importieren Sie eine CSV- oder TSV-Datei, einen Bildordner mit einem Unterordner pro Klasse oder IDX-Dateien im MNIST-Stil. Sie können die Dateien auch hier ablegen oder mit den Beispielen beginnen.",
    "Import…": "Importieren …",
    "Add Samples…": "Beispiele hinzufügen …",
    "Dataset": "Datensatz",
    "Rows": "Zeilen",
    "Versions": "Versionen",
    "Version": "Version",
    "Imported": "Importiert",
    "Target": "Ziel",
    "Source": "Quelle",
    "Columns": "Spalten",
    "Images": "Bilder",
    "Cancel": "Abbrechen",
    "Dismiss": "Ausblenden",
    "%1, %2, target %3": "%1, %2, Ziel %3",
    "<b>%1</b> &nbsp;·&nbsp; loading…": "<b>%1</b> &nbsp;·&nbsp; wird geladen …",
    "<b>%1</b><br><span style='color:#c0392b'>Cannot show this version: %2</span>":
        "<b>%1</b><br><span style='color:#c0392b'>Diese Version kann nicht angezeigt werden: %2</span>",
    "%1 rows × %2 columns": "%1 Zeilen × %2 Spalten",
    "<b style='font-size:large'>%1</b> &nbsp;<code>%2</code><br>%3 · target <b>%4</b> (%5) · imported %6 from %7":
        "<b style='font-size:large'>%1</b> &nbsp;<code>%2</code><br>%3 · Ziel <b>%4</b> (%5) · importiert am %6 aus %7",
    "Import Dataset": "Datensatz importieren",
    "Data files (*.csv *.tsv *.tab *.txt *.gz *-ubyte);;All files (*)":
        "Datendateien (*.csv *.tsv *.tab *.txt *.gz *-ubyte);;Alle Dateien (*)",
    "Import running": "Import läuft",
    "Wait for the running import to finish, or cancel it.":
        "Warten Sie, bis der laufende Import abgeschlossen ist, oder brechen Sie ihn ab.",
    "Importing %1…": "%1 wird importiert …",
    "The import was cancelled; nothing was added.": "Der Import wurde abgebrochen; es wurde nichts hinzugefügt.",
    "The import failed; nothing was added.\n%1": "Der Import ist fehlgeschlagen; es wurde nichts hinzugefügt.\n%1",
    "Imported %1": "%1 importiert",
    "%1 is unchanged: no new version": "%1 ist unverändert: keine neue Version",
    "Image %1: %2": "Bild %1: %2",
    # Import dialog
    "Detect": "Automatisch erkennen",
    "Comma ( , )": "Komma ( , )",
    "Tab": "Tabulator",
    "Semicolon ( ; )": "Semikolon ( ; )",
    "Pipe ( | )": "Senkrechter Strich ( | )",
    "The column the model learns to predict": "Die Spalte, die das Modell vorherzusagen lernt",
    "&Name:": "&Name:",
    "&Delimiter:": "&Trennzeichen:",
    "&Target:": "&Ziel:",
    "&Import": "&Importieren",
    "This file cannot be imported:\n%1": "Diese Datei kann nicht importiert werden:\n%1",
    "These files cannot be imported:\n%1": "Diese Dateien können nicht importiert werden:\n%1",
    " (test split)": " (Test-Split)",
    "IDX image and label files: %1.": "IDX-Bild- und -Label-Dateien: %1.",
    "Crucible cannot tell what this is. Import a CSV or TSV file, a folder with one subfolder of images per class, or MNIST-style IDX files.":
        "Crucible kann nicht erkennen, worum es sich handelt. Importieren Sie eine CSV- oder TSV-Datei, einen Ordner mit einem Bild-Unterordner pro Klasse oder IDX-Dateien im MNIST-Stil.",
    # Main window
    "Training in progress": "Training läuft",
    "A run is training. Stop it (a checkpoint is kept, so you can resume it later) and quit?":
        "Ein Lauf trainiert gerade. Möchten Sie ihn stoppen (ein Checkpoint bleibt erhalten, sodass Sie ihn später fortsetzen können) und beenden?",
    # Run details
    "Select a run to see its recipe, environment, params, metrics and artifacts.":
        "Wählen Sie einen Lauf aus, um Rezept, Umgebung, Parameter, Metriken und Artefakte zu sehen.",
    "Tags, separated by commas": "Tags, durch Kommas getrennt",
    "Notes: what you tried, what you saw, what to try next":
        "Notizen: was Sie versucht haben, was Sie beobachtet haben, was Sie als Nächstes versuchen möchten",
    "Save Notes and Tags": "Notizen und Tags speichern",
    "Tags": "Tags",
    "Notes": "Notizen",
    "Overview": "Übersicht",
    "Param": "Parameter",
    "Value": "Wert",
    "Params": "Parameter",
    "Metric": "Metrik",
    "Last": "Letzter",
    "Best": "Bester",
    "Best step": "Bester Schritt",
    "Min": "Min",
    "Max": "Max",
    "Points": "Punkte",
    "Metrics": "Metriken",
    "Recipe": "Rezept",
    "Property": "Eigenschaft",
    "Environment": "Umgebung",
    "Path": "Pfad",
    "Kind": "Art",
    "Size": "Größe",
    "SHA-256": "SHA-256",
    "Artifacts": "Artefakte",
    " (in the trash)": " (im Papierkorb)",
    "Status": "Status",
    "Error": "Fehler",
    "Run id": "Lauf-ID",
    "Experiment": "Experiment",
    "Created": "Erstellt",
    "Started": "Gestartet",
    "Ended": "Beendet",
    "%1 (version %2)": "%1 (Version %2)",
    "Seed": "Seed",
    "Recipe hash": "Rezept-Hash",
    "Parent run": "Übergeordneter Lauf",
    # Run states and run table
    "Queued": "In Warteschlange",
    "Running": "Läuft",
    "Paused": "Pausiert",
    "Finished": "Abgeschlossen",
    "Failed": "Fehlgeschlagen",
    "Stopped": "Gestoppt",
    "Interrupted": "Unterbrochen",
    "Name": "Name",
    "Duration": "Dauer",
    # Runs page
    'Filter, for example: metrics.val_accuracy > 0.9 and params.optimizer = "adam"':
        'Filter, zum Beispiel: metrics.val_accuracy > 0.9 and params.optimizer = "adam"',
    "Fields: name, status, experiment, tag, seed, dataset, params.KEY, metrics.KEY (.min, .max, .best); operators = != < <= > >= contains; join with and, or, not":
        "Felder: name, status, experiment, tag, seed, dataset, params.KEY, metrics.KEY (.min, .max, .best); Operatoren = != < <= > >= contains; verknüpfen mit and, or, not",
    "Choose the params and metrics shown as columns": "Die als Spalten angezeigten Parameter und Metriken auswählen",
    "Trash": "Papierkorb",
    "Show the runs in the trash": "Die Läufe im Papierkorb anzeigen",
    "Rename…": "Umbenennen …",
    "Restore": "Wiederherstellen",
    "Move to Trash": "In den Papierkorb verschieben",
    "All experiments": "Alle Experimente",
    "Column %1: %2": "Spalte %1: %2",
    "Cannot list the runs: %1": "Die Läufe können nicht aufgelistet werden: %1",
    "Metrics (last value)": "Metriken (letzter Wert)",
    "Rename Run": "Lauf umbenennen",
    "Name:": "Name:",
    "Cannot rename the run: %1": "Der Lauf kann nicht umbenannt werden: %1",
    "Cannot change the run: %1": "Der Lauf kann nicht geändert werden: %1",
    "Cannot save the notes and tags: %1": "Die Notizen und Tags können nicht gespeichert werden: %1",
    # Samples dialog
    "Add Sample Datasets": "Beispieldatensätze hinzufügen",
    "&Add": "&Hinzufügen",
    "Real datasets (UCI, Fashion-MNIST) and seeded synthetic ones for quick experiments:":
        "Echte Datensätze (UCI, Fashion-MNIST) und synthetische mit festem Seed für schnelle Experimente:",
    # Train page
    "Ready": "Bereit",
    "Preparing data and model…": "Daten und Modell werden vorbereitet …",
    "Training": "Training läuft",
    "Stopping after this step…": "Stoppt nach diesem Schritt …",
    "The dataset version to train on": "Die Datensatzversion, auf der trainiert wird",
    "A preset (auto picks one for the dataset), a compact form such as mlp:256,128 or cnn:32,64, or a JSON spec (Edit…)":
        "Eine Vorlage (auto wählt eine passende für den Datensatz), eine Kurzform wie mlp:256,128 oder cnn:32,64 oder eine JSON-Spezifikation (Bearbeiten …)",
    "Edit…": "Bearbeiten …",
    "Passes over the training split": "Durchgänge über den Trainings-Split",
    "Examples per optimizer step": "Beispiele pro Optimiererschritt",
    "Learning rate, for example 0.001 or 3e-4": "Lernrate, zum Beispiel 0.001 oder 3e-4",
    "Adam and AdamW adapt the step per weight; SGD uses momentum":
        "Adam und AdamW passen die Schrittweite pro Gewicht an; SGD nutzt Momentum",
    "SGD momentum": "SGD-Momentum",
    "Nesterov": "Nesterov",
    "L2 penalty (decoupled for AdamW)": "L2-Strafterm (bei AdamW entkoppelt)",
    "How the learning rate changes over the epochs": "Wie sich die Lernrate über die Epochen ändert",
    "Epochs of linear warm-up from 0 to the learning rate": "Epochen mit linearem Warm-up von 0 bis zur Lernrate",
    "Stop after this many epochs without a better validation loss; 0 never stops early":
        "Nach so vielen Epochen ohne besseren Validierungsverlust stoppen; 0 stoppt nie vorzeitig",
    "Largest gradient norm; 0 does not clip": "Größte Gradientennorm; 0 begrenzt nicht",
    "Seed of initialisation and shuffling": "Seed für Initialisierung und Mischen",
    "Deterministic": "Deterministisch",
    "Deterministic algorithms: the same seed gives identical results on the CPU":
        "Deterministische Algorithmen: Derselbe Seed liefert auf der CPU identische Ergebnisse",
    "auto trains on the GPU when one is available": "auto trainiert auf der GPU, wenn eine vorhanden ist",
    "LibTorch threads; 0 uses the Settings value": "LibTorch-Threads; 0 verwendet den Wert aus den Einstellungen",
    "default": "Standard",
    "Epochs between checkpoints; 0 only on stop": "Epochen zwischen Checkpoints; 0 nur beim Stoppen",
    "&Dataset:": "&Datensatz:",
    "Model:": "Modell:",
    "&Epochs:": "&Epochen:",
    "&Batch size:": "&Batch-Größe:",
    "&Learning rate:": "&Lernrate:",
    "&Optimizer:": "&Optimierer:",
    "Advanced": "Erweitert",
    "Momentum:": "Momentum:",
    "Weight decay:": "Weight Decay:",
    "Schedule:": "Lernratenverlauf:",
    "Warm-up epochs:": "Warm-up-Epochen:",
    "Early stopping:": "Early Stopping:",
    "Gradient clip:": "Gradient Clipping:",
    "Seed:": "Seed:",
    "Device:": "Gerät:",
    "Threads:": "Threads:",
    "Checkpoint every:": "Checkpoint alle:",
    "&Start": "&Starten",
    "Start training (Ctrl+Enter)": "Training starten (Strg+Eingabe)",
    "&Pause": "&Pausieren",
    "S&top": "S&toppen",
    "Stop after the current step and keep a checkpoint (Ctrl+.)":
        "Nach dem aktuellen Schritt stoppen und einen Checkpoint behalten (Strg+.)",
    "Add to &Queue": "In &Warteschlange einreihen",
    "Train this recipe after the runs before it": "Dieses Rezept nach den vorher eingereihten Läufen trainieren",
    "Double-click a run to open it on the Runs page": "Doppelklicken Sie auf einen Lauf, um ihn auf der Seite „Läufe“ zu öffnen",
    "Queue:": "Warteschlange:",
    "Recent runs:": "Letzte Läufe:",
    "Loss": "Verlust",
    "step": "Schritt",
    "Validation": "Validierung",
    "epoch": "Epoche",
    "%1 on %2@%3": "%1 auf %2@%3",
    "Model Spec": "Modellspezifikation",
    'JSON, for example {"kind":"mlp","hidden":[256,128],"dropout":0.1}':
        'JSON, zum Beispiel {"kind":"mlp","hidden":[256,128],"dropout":0.1}',
    "Cannot start: %1": "Start nicht möglich: %1",
    "Cannot queue: %1": "Einreihen nicht möglich: %1",
    "training loss": "Trainingsverlust",
    "%1 · epoch %2 of %3 · step %4 of %5 · %6 samples/s · %7 left":
        "%1 · Epoche %2 von %3 · Schritt %4 von %5 · %6 Beispiele/s · noch %7",
    "Failed: %1": "Fehlgeschlagen: %1",
    "&Resume": "&Fortsetzen",
}

PLURALS = {
    "%n logical core(s); training uses %1 thread(s)": ["%n logischer Kern; das Training nutzt %1 Thread(s)",
                                                       "%n logische Kerne; das Training nutzt %1 Thread(s)"],
    "Histogram (%n bin(s))": ["Histogramm (%n Bin)", "Histogramm (%n Bins)"],
    "%1 images of %2×%3, %n channel(s)": ["%1 Bilder mit %2×%3 Pixeln, %n Kanal", "%1 Bilder mit %2×%3 Pixeln, %n Kanäle"],
    "Adding %n sample(s)…": ["%n Beispieldatensatz wird hinzugefügt …", "%n Beispieldatensätze werden hinzugefügt …"],
    "First %n row(s) as they will be read. Columns: %1.": ["Die erste %n Zeile, wie sie gelesen wird. Spalten: %1.",
                                                           "Die ersten %n Zeilen, wie sie gelesen werden. Spalten: %1."],
    "An image folder with %n class folder(s): %1. Images are resized to their most common size.":
        ["Ein Bildordner mit %n Klassenordner: %1. Die Bilder werden auf ihre häufigste Größe skaliert.",
         "Ein Bildordner mit %n Klassenordnern: %1. Die Bilder werden auf ihre häufigste Größe skaliert."],
    "%n run(s)": ["%n Lauf", "%n Läufe"],
}


def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes" and source in PLURALS:
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            for form in PLURALS[source]:
                ET.SubElement(translation, "numerusform").text = form
        elif source in GERMAN:
            translation.attrib.pop("type", None)
            translation.text = GERMAN[source]
        else:
            missing.append(source)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    for source in missing:
        print("untranslated:", source.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "translations/crucible_de.ts"))
