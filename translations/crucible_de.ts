<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>crucible::MainWindow</name>
    <message>
        <source>Import CSV and TSV files, image folders and MNIST-family IDX files</source>
        <translation>CSV- und TSV-Dateien, Bildordner und IDX-Dateien der MNIST-Familie importieren</translation>
    </message>
    <message>
        <source>Versions by content, so a run always knows exactly which data it saw</source>
        <translation>Versionen nach Inhalt, damit jeder Lauf genau weiß, welche Daten er gesehen hat</translation>
    </message>
    <message>
        <source>Column profiles with histograms, and a table that scrolls through millions of rows</source>
        <translation>Spaltenprofile mit Histogrammen und eine Tabelle, die durch Millionen von Zeilen scrollt</translation>
    </message>
    <message>
        <source>MLP, CNN, ResNet and linear models from a preset or a spec</source>
        <translation>MLP-, CNN-, ResNet- und lineare Modelle aus einer Vorlage oder Spezifikation</translation>
    </message>
    <message>
        <source>Live loss and validation curves while the model trains on the CPU or GPU</source>
        <translation>Live-Kurven für Verlust und Validierung, während das Modell auf CPU oder GPU trainiert</translation>
    </message>
    <message>
        <source>Pause, resume and stop, with checkpoints you can continue from</source>
        <translation>Pausieren, fortsetzen und stoppen, mit Checkpoints zum Weitermachen</translation>
    </message>
    <message>
        <source>Every run with its recipe, seed, data version and environment</source>
        <translation>Jeder Lauf mit Rezept, Seed, Datenversion und Umgebung</translation>
    </message>
    <message>
        <source>Filter with expressions such as metrics.val_accuracy &gt; 0.9</source>
        <translation>Filtern mit Ausdrücken wie metrics.val_accuracy &gt; 0.9</translation>
    </message>
    <message>
        <source>Charts that compare hundreds of runs from their full data</source>
        <translation>Diagramme, die Hunderte von Läufen aus ihren vollständigen Daten vergleichen</translation>
    </message>
    <message>
        <source>Versioned model bundles with checksums and a model card</source>
        <translation>Versionierte Modellpakete mit Prüfsummen und Modellkarte</translation>
    </message>
    <message>
        <source>Aliases such as production and staging, with their history</source>
        <translation>Aliasse wie production und staging, mit ihrer Historie</translation>
    </message>
    <message>
        <source>Batch prediction, and models that plain PyTorch can load</source>
        <translation>Stapelvorhersagen und Modelle, die auch reines PyTorch laden kann</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Bring your data into the workspace.</source>
        <translation>Holen Sie Ihre Daten in den Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Train a LibTorch model and watch it learn.</source>
        <translation>Trainieren Sie ein LibTorch-Modell und sehen Sie ihm beim Lernen zu.</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Find, compare and trust your experiments.</source>
        <translation>Finden, vergleichen und vertrauen Sie Ihren Experimenten.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>Package the models you like and share them.</source>
        <translation>Verpacken und teilen Sie die Modelle, die Ihnen gefallen.</translation>
    </message>
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
</context>
<context>
    <name>crucible::PlaceholderPage</name>
    <message>
        <source>Coming here:</source>
        <translation>Hier entsteht:</translation>
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
</context>
</TS>