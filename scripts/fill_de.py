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
}

PLURALS = {
    "%n logical core(s); training uses %1 thread(s)": ["%n logischer Kern; das Training nutzt %1 Thread(s)",
                                                       "%n logische Kerne; das Training nutzt %1 Thread(s)"],
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
